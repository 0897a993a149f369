// Board terms due within 48 h and not agreed (nor withdrawn): a reminder to the term's owner, or
// to the deal's owners when nobody owns it — only people who may read the deal now (members past
// its NDA), so nobody outside the room learns a term's title. Closed deals remind nobody.
import type { TermSnapshot } from '../../shared/deal-docs.ts';
import type { DealMemberRecord, DealRecord } from '../deals/index.ts';
import type { DueMailData } from '../mail/index.ts';
import { addressed, type ReminderUsers } from './addressed.ts';
import { dueSoon } from './due-window.ts';
import type { ReminderSource } from './reminder-sweep.ts';

const SETTLED = new Set(['agreed', 'withdrawn']);
const CLOSED_STAGES = new Set(['closed-won', 'closed-lost']);

export interface TermReminderPorts {
  deals(): Promise<Pick<DealRecord, '_id' | 'title' | 'stage'>[]>;
  terms(dealId: string): Promise<TermSnapshot[]>;
  /** Members who may read the deal now. */
  readers(dealId: string): Promise<DealMemberRecord[]>;
  users: ReminderUsers;
}

/** The term's owner when they may read the deal, else its owners. */
function responsible(term: TermSnapshot, readers: readonly DealMemberRecord[]): string[] {
  const owner = readers.find((member) => member.userId === term.ownerId);
  return owner ? [owner.userId] : readers.filter((member) => member.owner).map((member) => member.userId);
}

export function termReminders(ports: TermReminderPorts): ReminderSource {
  async function ofDeal(deal: Pick<DealRecord, '_id' | 'title'>, now: Date) {
    const due = (await ports.terms(deal._id)).filter((term) => !SETTLED.has(term.status) && dueSoon(term.due, now) && term.title.trim());
    if (due.length === 0) return [];
    const readers = await ports.readers(deal._id);
    const mails = await Promise.all(
      due.map((term) =>
        addressed(ports.users, responsible(term, readers), (person) => ({
          key: `term-reminder:${deal._id}:${term.id}:${term.due}:${person._id}`,
          kind: 'term-reminder',
          data: { dealTitle: deal.title, itemTitle: term.title.trim(), due: term.due ?? '', page: `#/deals/${deal._id}/board?open=${term.id}` } satisfies DueMailData,
        })),
      ),
    );
    return mails.flat();
  }

  return {
    name: 'terms',
    async due(now) {
      const open = (await ports.deals()).filter((deal) => !CLOSED_STAGES.has(deal.stage));
      const found = [];
      for (const deal of open) found.push(...(await ofDeal(deal, now)));
      return found;
    },
  };
}
