// The Q&A state machine as pure rules: which side may take each step, from which statuses, and
// where it leads. open → drafted → answered → closed; an answer sent back makes the question open
// again. The service checks the caller's side (deal-roles.ts) and applies the step atomically.
import type { QaStatus } from '../../shared/schemas/qa.ts';

export type QaStep = 'draft' | 'approve' | 'accept' | 'send-back' | 'promote';

/** Which side takes a step: the side that answers, or the side that asked. */
export type StepSide = 'answering' | 'asking';

interface StepRule {
  side: StepSide;
  from: readonly QaStatus[];
  /** The status after the step; null = unchanged. */
  to: QaStatus | null;
}

export const QA_STEPS: Record<QaStep, StepRule> = {
  draft: { side: 'answering', from: ['open', 'drafted'], to: 'drafted' },
  approve: { side: 'answering', from: ['drafted'], to: 'answered' },
  accept: { side: 'asking', from: ['answered'], to: 'closed' },
  'send-back': { side: 'asking', from: ['answered'], to: 'open' },
  // Promotion is also open to the owner on any side (deal-roles.ts canPromoteToFaq).
  promote: { side: 'asking', from: ['answered', 'closed'], to: null },
};

const STATUS_WORDS: Record<QaStatus, string> = { open: 'open', drafted: 'drafted', answered: 'answered', closed: 'closed' };

export type StepCheck = { ok: true; to: QaStatus } | { ok: false; reason: string };

/** Whether `step` may be taken from `status`, and the status it leads to. */
export function checkStep(step: QaStep, status: QaStatus): StepCheck {
  const rule = QA_STEPS[step];
  if (!rule.from.includes(status)) {
    return { ok: false, reason: `This question is ${STATUS_WORDS[status]}; ${step.replace('-', ' ')} needs it ${rule.from.map((from) => STATUS_WORDS[from]).join(' or ')}` };
  }
  return { ok: true, to: rule.to ?? status };
}

/** The status a side sees: a draft is the answering side's own business, so to others a drafted question is open. */
export function statusSeenBy(status: QaStatus, answeringSide: boolean): QaStatus {
  return status === 'drafted' && !answeringSide ? 'open' : status;
}

/** Overdue: due before `today` (YYYY-MM-DD, in UTC) and not yet answered. */
export function isOverdue(question: { dueDate: string | null; status: QaStatus }, today: string): boolean {
  return question.dueDate !== null && question.dueDate < today && (question.status === 'open' || question.status === 'drafted');
}

export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}
