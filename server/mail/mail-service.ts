// What features send through: a message is queued durably (once per idempotency key) and the sender
// is woken so it goes out at once when the transport is up. Also the admins' list of failing
// messages and the one-click unsubscribe.
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { FailingMailView, UnsubscribeResult } from '../../shared/schemas/mail.ts';
import { UNSUBSCRIBABLE_KINDS } from '../../shared/schemas/mail.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import type { Clock } from '../clock.ts';
import { AppError, ForbiddenError } from '../http/index.ts';
import type { MailSender } from './mail-sender.ts';
import type { OptOutRepository } from './opt-out-repository.ts';
import type { NewMail, OutboxRepository } from './outbox-repository.ts';
import { verifyUnsubscribe, type UnsubscribeClaim } from './unsubscribe-token.ts';

/** The sending side other features are given. */
export interface MailPort {
  /** Queues the message (a second call with the same key does nothing) and wakes the sender. */
  send(mail: NewMail): Promise<void>;
}

export interface MailServiceDeps {
  outbox: OutboxRepository;
  optOuts: OptOutRepository;
  /** Absent: messages are queued but nobody sends them (the demo loader's temporary app). */
  sender?: MailSender;
  linkKey: Buffer;
  isAdmin: (user: PublicUser) => boolean;
  clock: Clock;
}

/** Told of every one-click unsubscribe, so the feature that sends the kind can record the choice. */
export type UnsubscribeListener = (claim: UnsubscribeClaim) => Promise<void>;

export class MailService implements MailPort {
  private wake: Promise<void> = Promise.resolve();
  private readonly listeners: UnsubscribeListener[] = [];

  constructor(private readonly deps: MailServiceDeps) {}

  async send(mail: NewMail): Promise<void> {
    await this.deps.outbox.enqueue({ ...mail, to: mail.to.toLowerCase() }, this.deps.clock());
    // A sweep already under way may have read the queue before this message: run one more after it.
    const { sender } = this.deps;
    if (sender) this.wake = this.wake.then(() => sender.sweep());
  }

  /** Resolves once the sweeps woken so far have run (tests and shutdown). */
  settle(): Promise<void> {
    return this.wake;
  }

  async failing(user: PublicUser): Promise<FailingMailView[]> {
    if (!this.deps.isAdmin(user)) throw new ForbiddenError('Only instance admins see failing e-mail');
    return (await this.deps.outbox.failing()).map((record) => ({
      id: record._id,
      kind: record.kind,
      to: record.to,
      attempts: record.attempts,
      lastError: record.lastError,
      createdAt: new Date(record.createdAt).toISOString(),
      lastAttemptAt: record.lastAttemptAt ? new Date(record.lastAttemptAt).toISOString() : null,
    }));
  }

  /** What an unsubscribe link would switch off, changing nothing (its page asks before it acts). */
  unsubscribeClaim(token: string): UnsubscribeResult {
    const claim = verifyUnsubscribe(this.deps.linkKey, token);
    if (!claim || !UNSUBSCRIBABLE_KINDS.includes(claim.kind)) throw new AppError(ErrorCode.LinkInvalid, 'This link is not valid');
    return claim;
  }

  async unsubscribe(token: string): Promise<UnsubscribeResult> {
    const claim = this.unsubscribeClaim(token);
    await this.deps.optOuts.switchOff(claim.email, claim.kind, this.deps.clock(), claim.topic);
    for (const listener of this.listeners) await listener(claim);
    return claim;
  }

  /** Registers a listener for one-click unsubscribes (the digest feature turns the type to in-app only). */
  onUnsubscribe(listener: UnsubscribeListener): void {
    this.listeners.push(listener);
  }
}
