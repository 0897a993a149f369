// E-mail: the kinds of message the server sends, the states of the outbox queue, and the shapes of
// the unsubscribe and admin endpoints.
import { z } from 'zod';

/** What a message is; each kind is worded by the server's templates in the recipient's language. */
export const MAIL_KINDS = ['invitation', 'password-reset', 'password-changed', 'meeting-invitation', 'meeting-reminder', 'term-reminder', 'question-reminder', 'notification', 'digest'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * Kinds a person may switch off by the one-click link. A password reset is asked for by the
 * reader and the notice of a changed password guards the account, so neither carries an
 * unsubscribe link nor is ever suppressed. A `notification` e-mail is switched off per
 * notification type (its topic), a `digest` as a whole.
 */
export const UNSUBSCRIBABLE_KINDS: readonly MailKind[] = ['invitation', 'meeting-invitation', 'meeting-reminder', 'term-reminder', 'question-reminder', 'notification', 'digest'];

/** `queued` → `sending` → `sent`; after too many failed attempts `failing`; `suppressed` when the recipient switched the kind off. */
export const MAIL_STATES = ['queued', 'sending', 'sent', 'failing', 'suppressed'] as const;
export type MailState = (typeof MAIL_STATES)[number];

export const UnsubscribeQuerySchema = z.object({ token: z.string().min(10).max(600) });

/** `POST /api/mail/unsubscribe?token=`: the kind switched off, for whom. */
export const UnsubscribeResultSchema = z.object({
  kind: z.enum(MAIL_KINDS),
  email: z.string(),
  /** The notification type switched to in-app only, for a `notification` e-mail. */
  topic: z.string().optional(),
});
export type UnsubscribeResult = z.infer<typeof UnsubscribeResultSchema>;

/** A message that keeps failing, as instance admins see it (`GET /api/mail/failing`). */
export const FailingMailViewSchema = z.object({
  id: z.string(),
  kind: z.enum(MAIL_KINDS),
  to: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  lastAttemptAt: z.iso.datetime().nullable(),
});
export type FailingMailView = z.infer<typeof FailingMailViewSchema>;

/** `GET /api/mail/failing`. */
export const FailingMailListSchema = z.object({ messages: z.array(FailingMailViewSchema) });
