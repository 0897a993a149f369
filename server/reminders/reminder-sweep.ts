// The sweep that sends reminders: every interval it asks each source what is due as of now (a
// meeting 24 h or 1 h ahead, a term or question due within 48 h) and queues it. Sources compute
// from the current records, so nothing is scheduled that could go stale: a cancelled meeting or an
// answered question is simply no longer due. Each message carries an idempotency key naming the
// item, its version and the person, so it is queued once however many sweeps, restarts or server
// processes see it; whether the person switched the kind off is decided when it is sent.
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { MailPort, NewMail } from '../mail/index.ts';
import { PeriodicSweep } from '../periodic-sweep.ts';

/** One kind of thing people are reminded of. */
export interface ReminderSource {
  readonly name: string;
  /** The reminders due as of `now`, keyed for the outbox. */
  due(now: Date): Promise<NewMail[]>;
}

export interface ReminderSweepDeps {
  sources: readonly ReminderSource[];
  mail: MailPort;
  intervalMs: number;
  logger: Logger;
  clock: Clock;
}

export class ReminderSweep extends PeriodicSweep {
  constructor(private readonly deps: ReminderSweepDeps) {
    super(deps.intervalMs, deps.logger, 'reminder sweep failed', deps.clock);
  }

  protected async run(now: number): Promise<void> {
    for (const source of this.deps.sources) {
      try {
        for (const mail of await source.due(new Date(now))) await this.deps.mail.send(mail);
      } catch (error) {
        // One broken source (a board that does not read) must not hold back the others' reminders.
        this.logger.error({ err: error, source: source.name }, 'reminders of this kind not queued');
      }
    }
  }
}
