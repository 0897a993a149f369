// Mail feature: a durable outbox in the store, sent by SMTP (or written as .eml files without it),
// retried with backoff, worded at send time in the recipient's language, with one-click unsubscribe.
export { DEFAULT_RETRY, type RetryPolicy } from './backoff.ts';
export { loadLinkSecret } from './link-secret.ts';
export { MailSender } from './mail-sender.ts';
export { MailService, type MailPort, type UnsubscribeListener } from './mail-service.ts';
export { OptOutRepository } from './opt-out-repository.ts';
export { OUTBOX_INDEXES, OutboxRepository, type MailCalendar, type NewMail, type OutboxRecord } from './outbox-repository.ts';
export { mailRoutes } from './routes.ts';
export { ActivityGroupSchema, type ActivityGroup, type ActivityLine, type DigestData } from './templates/activity-data.ts';
export { wordActivity } from './templates/activity-render.ts';
export type { DueMailData, MeetingInvitationMailData, MeetingReminderMailData } from './templates/scheduled-words.ts';
export { outboxFolderTransport, smtpTransport, type MailTransport } from './transports.ts';
