// Moderation feature: spam reports on organisations and their suspension by instance admins.
export { ModerationService } from './moderation-service.ts';
export { SPAM_REPORT_INDEXES, SpamReportRepository } from './report-repository.ts';
export { moderationRoutes } from './routes.ts';
