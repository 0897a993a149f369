// The reminder sweep of the app: meeting reminders (from the meetings feature) and board terms and
// Q&A questions due within 48 h, read from the deals' boards and the Q&A records. Only here do
// reminders, deals, boards and Q&A meet.
import { readTerms } from '../../shared/deal-docs.ts';
import { formatDocName } from '../../shared/doc-names.ts';
import type { Clock } from '../clock.ts';
import type { DocRegistry } from '../collab/index.ts';
import { DealReaders } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import type { MailPort } from '../mail/index.ts';
import { questionReminders, ReminderSweep, termReminders, type ReminderSource } from '../reminders/index.ts';
import type { Repositories } from './repositories.ts';

export interface ReminderWiring {
  repos: Repositories;
  registry: DocRegistry;
  mail: MailPort;
  meetingReminders: ReminderSource;
  /** How often the sweep looks (default 60 s). */
  sweepMs?: number;
  logger: Logger;
  clock: Clock;
}

export function createReminderSweep(deps: ReminderWiring): ReminderSweep {
  const { repos, registry } = deps;
  const readers = new DealReaders(repos.deals, repos.dealMembers);
  const terms = termReminders({
    deals: () => repos.deals.all(),
    terms: (dealId) => registry.read(formatDocName('board', dealId), (shared) => readTerms(shared.doc)),
    readers: (dealId) => readers.membersOf(dealId),
    users: repos.users,
  });
  const questions = questionReminders({
    awaitingDueBetween: (first, last) => repos.questions.awaitingDueBetween(first, last),
    deal: (dealId) => repos.deals.find(dealId),
    readers: (dealId) => readers.membersOf(dealId),
    approvers: (dealId) => repos.questions.approversOf(dealId),
    users: repos.users,
  });
  return new ReminderSweep({ sources: [deps.meetingReminders, terms, questions], mail: deps.mail, intervalMs: deps.sweepMs ?? 60_000, logger: deps.logger, clock: deps.clock });
}
