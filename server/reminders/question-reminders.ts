// Q&A questions due within 48 h and still without an approved answer (open or drafted): a
// reminder to whoever answers for them — the assignee, else the answering side's approvers — if
// they may read the deal now (past its NDA).
import type { DealMemberRecord, DealRecord } from '../deals/index.ts';
import type { DueMailData } from '../mail/index.ts';
import { answerersOf, type QaApproverRecord, type QuestionRecord } from '../qa/index.ts';
import { addressed, type ReminderUsers } from './addressed.ts';
import { dueSoon, dueSoonRange } from './due-window.ts';
import type { ReminderSource } from './reminder-sweep.ts';

export interface QuestionReminderPorts {
  /** Questions awaiting an approved answer due between the two days (both included). */
  awaitingDueBetween(first: string, last: string): Promise<QuestionRecord[]>;
  deal(dealId: string): Promise<Pick<DealRecord, '_id' | 'title'> | null>;
  readers(dealId: string): Promise<DealMemberRecord[]>;
  approvers(dealId: string): Promise<QaApproverRecord[]>;
  users: ReminderUsers;
}

export function questionReminders(ports: QuestionReminderPorts): ReminderSource {
  async function ofQuestion(question: QuestionRecord) {
    const [deal, readers, approvers] = await Promise.all([ports.deal(question.dealId), ports.readers(question.dealId), ports.approvers(question.dealId)]);
    if (!deal) return [];
    const mayRead = new Set(readers.map((member) => member.userId));
    const recipients = answerersOf(question, readers, approvers).filter((userId) => mayRead.has(userId));
    return addressed(ports.users, recipients, (person) => ({
      key: `question-reminder:${question._id}:${question.dueDate}:${person._id}`,
      kind: 'question-reminder',
      data: { dealTitle: deal.title, itemTitle: `Q${question.number} ${question.title}`, due: question.dueDate ?? '', page: `#/deals/${deal._id}/qa?open=${question._id}` } satisfies DueMailData,
    }));
  }

  return {
    name: 'questions',
    async due(now) {
      const { first, last } = dueSoonRange(now);
      const found = [];
      for (const question of await ports.awaitingDueBetween(first, last)) if (dueSoon(question.dueDate, now)) found.push(...(await ofQuestion(question)));
      return found;
    },
  };
}
