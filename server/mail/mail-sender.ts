// The sweep that empties the outbox: claims each due message, words it in the recipient's language
// and hands it to the transport; a failure is retried with backoff and, past the last attempt, left
// `failing` for the admins. A message switched off by its recipient is never sent.
import { UNSUBSCRIBABLE_KINDS } from '../../shared/schemas/mail.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { PeriodicSweep } from '../periodic-sweep.ts';
import { nextAttemptAt, type RetryPolicy } from './backoff.ts';
import type { OptOutRepository } from './opt-out-repository.ts';
import type { MailCalendar, OutboxRecord, OutboxRepository } from './outbox-repository.ts';
import { renderMail } from './templates/render.ts';
import type { MailTransport } from './transports.ts';
import { signUnsubscribe } from './unsubscribe-token.ts';

/**
 * A calendar travels twice: as the `text/calendar; method=…` alternative that mail clients turn
 * into an invitation with answer buttons (RFC 6047), and as an `.ics` file for those that do not.
 */
function calendarParts(calendar: MailCalendar | null) {
  if (!calendar) return {};
  return {
    icalEvent: { method: calendar.method, content: calendar.content },
    attachments: [{ filename: calendar.filename, content: calendar.content, contentType: `application/ics; method=${calendar.method}` }],
  };
}

export interface MailSenderDeps {
  outbox: OutboxRepository;
  optOuts: OptOutRepository;
  transport: MailTransport;
  linkKey: Buffer;
  /** The sender address (MAIL_FROM). */
  from: string;
  /** Where the app is reached from outside (PUBLIC_URL); links in messages start with it. */
  publicUrl: string;
  retry: RetryPolicy;
  intervalMs: number;
  logger: Logger;
  clock: Clock;
}

/** A message left `sending` this long was cut off by a crash and goes back to the queue. */
const SENDING_LEASE_MS = 5 * 60_000;
const BATCH = 50;

export class MailSender extends PeriodicSweep {
  private readonly domain: string;

  constructor(private readonly deps: MailSenderDeps) {
    super(deps.intervalMs, deps.logger, 'mail sweep failed', deps.clock);
    this.domain = /@([^>\s]+)>?\s*$/.exec(deps.from)?.[1] ?? 'superconnector.local';
  }

  protected async run(now: number): Promise<void> {
    await this.deps.outbox.requeueStale(new Date(now - SENDING_LEASE_MS));
    for (const record of await this.deps.outbox.due(new Date(now), BATCH)) {
      if (await this.deps.outbox.claim(record, new Date(now))) await this.deliver(record, now);
    }
  }

  private async deliver(record: OutboxRecord, now: number): Promise<void> {
    const unsubscribable = UNSUBSCRIBABLE_KINDS.includes(record.kind);
    if (unsubscribable && (await this.deps.optOuts.isOff(record.to, record.kind, record.topic))) {
      await this.deps.outbox.markSuppressed(record._id);
      return;
    }
    try {
      await this.deps.transport.send(this.compose(record, unsubscribable));
      await this.deps.outbox.markSent(record._id, new Date(now));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const retryAt = nextAttemptAt(this.deps.retry, record.attempts + 1, now);
      this.logger.warn({ mailId: record._id, kind: record.kind, attempts: record.attempts + 1, err: reason }, retryAt ? 'mail not sent; will retry' : 'mail given up as failing');
      await this.deps.outbox.markFailed(record, reason, retryAt);
    }
  }

  private compose(record: OutboxRecord, unsubscribable: boolean) {
    const base = this.deps.publicUrl.replace(/\/+$/, '');
    const token = unsubscribable ? signUnsubscribe(this.deps.linkKey, { email: record.to, kind: record.kind, ...(record.topic === undefined ? {} : { topic: record.topic }) }) : null;
    const oneClick = token ? `${base}/api/mail/unsubscribe?token=${token}` : null;
    const page = token ? `${base}/#/unsubscribe/${token}` : null;
    const rendered = renderMail(record, base, page);
    return {
      from: this.deps.from,
      to: record.to,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      // Stable per message: an SMTP server that got it before a crash can tell a repeat.
      messageId: `<${record._id}@${this.domain}>`,
      headers: oneClick ? { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {},
      ...calendarParts(record.calendar ?? null),
    };
  }
}
