// What I may do with one question, as the server will allow it (server/deals/deal-roles.ts and
// server/qa/question-flow.ts decide; this only hides buttons that would be refused).
import type { DealMemberView } from '../../../../shared/schemas/deals.ts';
import type { QaAbilities, QuestionView } from '../../../../shared/schemas/qa.ts';

export interface QuestionActions {
  /** The answering side picks who of it answers, until the question is closed. */
  assign: boolean;
  /** The answering side writes or rewrites its draft. */
  draft: boolean;
  /** The answering side's approver sends the draft to the asker. */
  approve: boolean;
  /** The asking side accepts the answer or sends it back. */
  respond: boolean;
  /** The owner or the asking side puts an answered question in the FAQ (or takes it out). */
  faq: boolean;
  /** Internal notes of my side: only a side the question is between. */
  notes: boolean;
}

export function questionActions(question: QuestionView, can: QaAbilities, me: Pick<DealMemberView, 'owner'>): QuestionActions {
  const answering = can.side !== null && can.side === question.answeringOrgId;
  const asking = can.side !== null && can.side === question.askingOrgId;
  const answered = question.status === 'answered' || question.status === 'closed';
  return {
    assign: answering && question.status !== 'closed',
    draft: answering && (question.status === 'open' || question.status === 'drafted'),
    approve: answering && can.approves && question.status === 'drafted' && question.draft !== null,
    respond: asking && question.status === 'answered',
    faq: (me.owner || asking) && answered,
    notes: answering || asking,
  };
}

/** The members who act for a side: its parties and the advisers who advise it. */
export function membersOfSide(members: readonly DealMemberView[], orgId: string): DealMemberView[] {
  return members.filter((member) => (member.role === 'party' && member.orgId === orgId) || (member.role === 'adviser' && member.advises === orgId));
}
