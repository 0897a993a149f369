// Deal pipeline: stage command bodies, stage history and proposals, and the progress figures the
// server derives from a deal's board and dossier.
import { z } from 'zod';
import { CLOSE_REASON_MAX, isClosedStage, PIPELINE_STAGES, type PipelineStage } from '../pipeline/stage-rules.ts';
import type { ChecklistProgress } from './checklist.ts';
import { visibleText } from './visible-text.ts';

const StageTargetSchema = z.enum(PIPELINE_STAGES, { message: `The stage is one of: ${PIPELINE_STAGES.join(', ')}` });
export const STAGE_NOTE_MAX = 500;
const NoteSchema = z.string().trim().max(STAGE_NOTE_MAX, `A note is at most ${STAGE_NOTE_MAX} characters`);
const ReasonSchema = visibleText(z.string().trim().min(1, 'Give a reason').max(CLOSE_REASON_MAX, `A reason is at most ${CLOSE_REASON_MAX} characters`), 'The reason');

/** `POST /api/deals/:id/stage/proposals` and `POST /api/deals/:id/stage`: where to, and why. */
export const StageMoveBodySchema = z
  .strictObject({
    to: StageTargetSchema,
    note: NoteSchema.optional(),
    /** Required when the target closes the deal. */
    reason: ReasonSchema.optional(),
  })
  .refine((body) => !isClosedStage(body.to) || body.reason !== undefined, { message: 'Closing a deal needs a reason', path: ['reason'] });
export type StageMoveBody = z.infer<typeof StageMoveBodySchema>;

/** `POST …/proposals/:pid/confirm|reject`. */
export const StageDecisionBodySchema = z.strictObject({ note: NoteSchema.optional() });
export type StageDecisionBody = z.infer<typeof StageDecisionBodySchema>;

export const ProposalIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid proposal id');
/** The decision in `POST /api/deals/:id/stage/proposals/:pid/:decision`. */
export const StageDecisionSchema = z.enum(['confirm', 'reject']);

export interface PersonRef {
  id: string;
  name: string;
}

/** One change of stage: who proposed it, who confirmed it (the same person for a direct move). */
export interface StageHistoryEntry {
  from: string | null;
  to: string;
  at: string;
  proposedBy: PersonRef | null;
  confirmedBy: PersonRef | null;
  reason: string | null;
  note: string | null;
}

export interface StageProposalView {
  id: string;
  dealId: string;
  from: string;
  to: PipelineStage;
  note: string | null;
  reason: string | null;
  proposedBy: PersonRef;
  at: string;
}

/** Progress derived on the server from the board, dossier and request list; never taken from a client. */
export interface DealProgress {
  termsTotal: number;
  termsAgreed: number;
  termsBlocked: number;
  /** Due date passed and not agreed (as of when the figures were read). */
  termsOverdue: number;
  sectionsTotal: number;
  sectionsFilled: number;
  /** The due-diligence request list: items done of those that count (n/a excluded), overdue. */
  checklist: ChecklistProgress;
  lastActivityAt: string;
}

/** The pipeline part of a deal detail. */
export interface DealPipelineView {
  stage: string;
  /** Where a closed deal was closed from (the only stage it may reopen to); null while open. */
  closedFrom: string | null;
  stageSince: string;
  history: StageHistoryEntry[];
  proposal: StageProposalView | null;
  progress: DealProgress;
}

/** `deal:stage-proposal-updated`: a proposal was made, confirmed or rejected (then `proposal` is null). */
export interface StageProposalEvent {
  dealId: string;
  proposal: StageProposalView | null;
}

/** `deal:progress-updated`: the deal's figures changed. */
export interface DealProgressEvent {
  dealId: string;
  progress: DealProgress;
}
