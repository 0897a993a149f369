// Periodically tells deal members about terms whose due date is within 48 hours, once per term.
import { dueDayEndsAt } from '../../shared/due-day.ts';
import type { DealMemberRepository, DealRepository } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import type { NotificationPort } from '../notifications/index.ts';
import { notifyQuietly } from '../notifications/index.ts';
import { PeriodicSweep } from '../periodic-sweep.ts';
import type { DueTerm, ProgressRecord, ProgressRepository } from './progress-repository.ts';

const DUE_SOON_WINDOW_MS = 48 * 3_600_000;

export interface DueSoonDeps {
  progress: ProgressRepository;
  deals: DealRepository;
  members: DealMemberRepository;
  notifications?: NotificationPort;
  logger: Logger;
  intervalMs: number;
}

/** Terms of a deal due within the window from `now`, not yet notified. */
function dueSoon(record: ProgressRecord, now: number): DueTerm[] {
  const notified = new Set(record.dueNotified ?? []);
  return record.dueTerms.filter((term) => !notified.has(term.id) && dueDayEndsAt(term.due) > now && dueDayEndsAt(term.due) - now <= DUE_SOON_WINDOW_MS);
}

export class DueSoonSweeper extends PeriodicSweep {
  constructor(private readonly deps: DueSoonDeps) {
    super(deps.intervalMs, deps.logger, 'due-date sweep failed');
  }

  protected async run(now: number): Promise<void> {
    const { notifications } = this.deps;
    if (!notifications) return;
    for (const record of await this.deps.progress.withDueTerms()) {
      const terms = dueSoon(record, now);
      if (terms.length === 0) continue;
      const [deal, members] = await Promise.all([this.deps.deals.find(record._id), this.deps.members.membersOf(record._id)]);
      if (!deal) continue;
      for (const term of terms) {
        // Claimed first: a crash between the two misses one reminder rather than repeating it forever.
        if (!(await this.deps.progress.claimDueReminder(record._id, term.id, new Date(now)))) continue;
        const request = {
          type: 'term.due-soon' as const,
          recipientIds: members.map((member) => member.userId),
          subject: { kind: 'deal' as const, id: deal._id, dealId: deal._id, title: deal.title },
          actor: null,
          data: { termId: term.id, termTitle: term.title, due: term.due },
        };
        await notifyQuietly(notifications, request, this.deps.logger);
      }
    }
  }
}
