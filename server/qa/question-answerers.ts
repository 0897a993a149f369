// Who answers for a question: its assignee, else the answering side's approvers (those the side
// designated and the deal owners acting for it). Asked when a question is raised and when it is
// about to be due.
import { sideOf, type DealMemberRecord } from '../deals/index.ts';
import type { QaApproverRecord, QuestionRecord } from './question-repository.ts';

/** The designated approvers of a side and the owners acting for it. */
export function sideApprovers(members: readonly DealMemberRecord[], orgId: string, approverIds: readonly string[]): string[] {
  const owners = members.filter((member) => member.owner && sideOf(member) === orgId).map((member) => member.userId);
  return [...new Set([...approverIds, ...owners])];
}

export function answerersOf(question: Pick<QuestionRecord, 'assigneeId' | 'answeringOrgId'>, members: readonly DealMemberRecord[], approvers: readonly QaApproverRecord[]): string[] {
  if (question.assigneeId) return [question.assigneeId];
  const designated = approvers.filter((entry) => entry.orgId === question.answeringOrgId).map((entry) => entry.userId);
  return sideApprovers(members, question.answeringOrgId, designated);
}
