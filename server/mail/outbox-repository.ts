// The durable mail queue: one record per message, unique by its idempotency key, so a message
// asked for twice (a retried request, two instances) is stored and sent once. Senders claim a
// due message before sending it, so two sweeps never send the same one.
import { randomUUID } from 'node:crypto';
import type { MailKind, MailState } from '../../shared/schemas/mail.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import { DuplicateKeyError, type IndexSpec, type Store } from '../store/index.ts';

/** An iCalendar invitation the message carries: a `text/calendar; method=…` part and the same as an `.ics` attachment. */
export interface MailCalendar {
  method: 'REQUEST' | 'CANCEL';
  filename: string;
  content: string;
}

export interface OutboxRecord {
  _id: string;
  /** Unique: the same key never makes a second message. */
  key: string;
  kind: MailKind;
  to: string;
  lang: Lang;
  /** What the template words; never a sentence. */
  data: Record<string, unknown>;
  /** What within the kind the recipient may switch off alone (a notification type). */
  topic?: string;
  /** A link secret the message carries (a one-time token); erased once the message is sent or given up. */
  secret: string | null;
  /** Absent on records from before calendars were sent. */
  calendar?: MailCalendar | null;
  state: MailState;
  attempts: number;
  nextAttemptAt: Date;
  lastAttemptAt: Date | null;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export type NewMail = Pick<OutboxRecord, 'key' | 'kind' | 'to' | 'lang' | 'data' | 'topic'> & { secret?: string; calendar?: MailCalendar };

export const OUTBOX_INDEXES: IndexSpec[] = [
  { collection: 'mail_outbox', fields: ['key'], unique: true },
  { collection: 'mail_outbox', fields: ['state', 'nextAttemptAt'] },
];

export class OutboxRepository {
  constructor(private readonly store: Store) {}

  private get outbox() {
    return this.store.collection<OutboxRecord>('mail_outbox');
  }

  /** Queues a message; the one already stored under the same key when there is one. */
  async enqueue(mail: NewMail, at: Date): Promise<OutboxRecord> {
    const record: OutboxRecord = {
      ...mail,
      _id: randomUUID(),
      secret: mail.secret ?? null,
      calendar: mail.calendar ?? null,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: at,
      lastAttemptAt: null,
      lastError: null,
      createdAt: at,
      sentAt: null,
    };
    try {
      await this.outbox.insertOne(record);
      return record;
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      const existing = await this.outbox.findOne({ key: mail.key });
      if (!existing) throw error;
      return existing;
    }
  }

  /** Queued messages due by `now`, oldest first. */
  due(now: Date, limit: number): Promise<OutboxRecord[]> {
    return this.outbox.find({ state: 'queued', nextAttemptAt: { $lte: now } }, { sort: { nextAttemptAt: 1 }, limit });
  }

  /** Takes a due message for sending; false when another sweep took it first. */
  async claim(record: OutboxRecord, now: Date): Promise<boolean> {
    const matched = await this.outbox.updateOne({ _id: record._id, state: 'queued', attempts: record.attempts }, { $set: { state: 'sending', lastAttemptAt: now } });
    return matched > 0;
  }

  /**
   * Messages left `sending` since before `staleBefore` (the process died mid-send) go back to the
   * queue. The SMTP server may have taken one already; the stable Message-ID lets it drop a repeat.
   */
  async requeueStale(staleBefore: Date): Promise<number> {
    let count = 0;
    for (const record of await this.outbox.find({ state: 'sending', lastAttemptAt: { $lt: staleBefore } })) {
      count += await this.outbox.updateOne({ _id: record._id, state: 'sending' }, { $set: { state: 'queued' } });
    }
    return count;
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.outbox.updateOne({ _id: id }, { $set: { state: 'sent', sentAt: at, secret: null, lastError: null } });
  }

  async markSuppressed(id: string): Promise<void> {
    await this.outbox.updateOne({ _id: id }, { $set: { state: 'suppressed', secret: null } });
  }

  /** One more failed attempt: queued again at `retryAt`, or `failing` (given up) when that is null. */
  async markFailed(record: OutboxRecord, error: string, retryAt: Date | null): Promise<void> {
    const attempts = record.attempts + 1;
    const next = retryAt ? { state: 'queued', nextAttemptAt: retryAt } : { state: 'failing', secret: null };
    await this.outbox.updateOne({ _id: record._id }, { $set: { ...next, attempts, lastError: error.slice(0, 500) } });
  }

  failing(limit = 200): Promise<OutboxRecord[]> {
    return this.outbox.find({ state: 'failing' }, { sort: { createdAt: -1 }, limit });
  }

  byKey(key: string): Promise<OutboxRecord | null> {
    return this.outbox.findOne({ key });
  }
}
