// The deal pipeline's rules as pure functions, shared so the client shows exactly the buttons the
// server will accept (the server is still the authority and checks every command again).
// Open stages move one step forward or back; any open stage may close as lost; only `agreed` may
// close as won; a closed deal reopens to the stage it was closed from.
import type { DealRole } from '../schemas/deals.ts';

export const OPEN_STAGES = ['introduced', 'nda', 'due-diligence', 'negotiation', 'agreed'] as const;
export const CLOSED_STAGES = ['closed-won', 'closed-lost'] as const;
export const PIPELINE_STAGES = [...OPEN_STAGES, ...CLOSED_STAGES] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];
export type ClosedStage = (typeof CLOSED_STAGES)[number];
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const FIRST_STAGE: OpenStage = 'introduced';
export const CLOSE_REASON_MAX = 500;

function isPipelineStage(value: string): value is PipelineStage {
  return (PIPELINE_STAGES as readonly string[]).includes(value);
}

export function isClosedStage(stage: string): stage is ClosedStage {
  return (CLOSED_STAGES as readonly string[]).includes(stage);
}

/** Why a move is refused: `illegal` (409, not a legal step from here) or `reason-required` (422). */
export type MoveProblem = { kind: 'illegal'; message: string } | { kind: 'reason-required'; message: string };

/** Stages a deal at `from` may move to; `closedFrom` is where a closed deal was closed from. */
export function legalTargets(from: string, closedFrom: string | null): PipelineStage[] {
  if (isClosedStage(from)) return closedFrom && isPipelineStage(closedFrom) && !isClosedStage(closedFrom) ? [closedFrom] : [];
  const index = (OPEN_STAGES as readonly string[]).indexOf(from);
  if (index < 0) return [];
  const targets: PipelineStage[] = [];
  if (index > 0) targets.push(OPEN_STAGES[index - 1]);
  if (index < OPEN_STAGES.length - 1) targets.push(OPEN_STAGES[index + 1]);
  if (from === 'agreed') targets.push('closed-won');
  targets.push('closed-lost');
  return targets;
}

/** Null when the move is legal, else the problem (a missing or blank closing reason included). */
export function checkMove(from: string, to: string, closedFrom: string | null, reason: string | undefined): MoveProblem | null {
  if (!legalTargets(from, closedFrom).includes(to as PipelineStage)) {
    return { kind: 'illegal', message: `A deal cannot move from ${from} to ${to}` };
  }
  if (isClosedStage(to) && !reason?.trim()) return { kind: 'reason-required', message: 'Closing a deal needs a reason' };
  return null;
}

/** The fields of a membership the rules look at. */
export interface StageActor {
  role: DealRole;
  owner: boolean;
}

/** Owner or manager: they move directly and confirm or reject proposals. */
export function canDecideStage(member: StageActor): boolean {
  return member.owner || member.role === 'manager';
}

/** Parties propose moves (owners and managers may too, though they usually move directly). */
export function canProposeStage(member: StageActor): boolean {
  return member.role === 'party' || canDecideStage(member);
}

/** Reopening a closed deal is a decision, never a proposal. */
export function canProposeFrom(stage: string): boolean {
  return !isClosedStage(stage);
}

export interface StageActions {
  /** Targets the viewer may propose (none while a proposal is pending). */
  propose: PipelineStage[];
  /** Targets the viewer may move to directly. */
  move: PipelineStage[];
  /** Whether the viewer may confirm or reject the pending proposal. */
  decide: boolean;
}

/** What the viewer may do now: the targets they may propose and those they may move to directly. */
export function stageActionsFor(member: StageActor, stage: string, closedFrom: string | null, hasPending: boolean): StageActions {
  const targets = legalTargets(stage, closedFrom);
  return {
    propose: canProposeStage(member) && !hasPending && canProposeFrom(stage) ? targets : [],
    move: canDecideStage(member) ? targets : [],
    decide: canDecideStage(member) && hasPending,
  };
}
