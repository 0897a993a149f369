// E-mail: the kinds of message the server sends, the states of the outbox queue, and the shapes of
// the unsubscribe and admin endpoints.
import { z } from 'zod';

/** What a message is; each kind is worded by the server's templates in the recipient's language. */
export const MAIL_KINDS = ['invitation', 'password-reset', 'meeting-invitation', 'meeting-reminder', 'term-reminder', 'question-reminder', 'notification', 'digest'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * Kinds a person may switch off by the one-click link. A password reset is asked for by the
 * reader, so it carries no unsubscribe link and is never suppressed. A `notification` e-mail is
 * switched off per notification type (its topic), a `digest` as a whole.
 */
export const UNSUBSCRIBABLE_KINDS: readonly MailKind[] = ['invitation', 'meeting-invitation', 'meeting-reminder', 'term-reminder', 'question-reminder', 'notification', 'digest'];

/** `queued` → `sending` → `sent`; after too many failed attempts `failing`; `suppressed` when the recipient switched the kind off. */
export const MAIL_STATES = ['queued', 'sending', 'sent', 'failing', 'suppressed'] as const;
export type MailState = (typeof MAIL_STATES)[number];

export const UnsubscribeQuerySchema = z.object({ token: z.string().min(10).max(600) });

/** `POST /api/mail/unsubscribe?token=`: the kind switched off, for whom. */
export interface UnsubscribeResult {
  kind: MailKind;
  email: string;
  /** The notification type switched to in-app only, for a `notification` e-mail. */
  topic?: string;
}

/** A message that keeps failing, as instance admins see it (`GET /api/mail/failing`). */
export interface FailingMailView {
  id: string;
  kind: MailKind;
  to: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
}
