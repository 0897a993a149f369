// Stage commands: a party proposes a move, the owner or a manager confirms or rejects it, or moves
// the deal directly. Every command is checked against the shared rules, stored in the stage
// history, recorded in the activity trail and pushed to the deal room and the dashboards.
import { randomUUID } from 'node:crypto';
import { canDecideStage, canProposeFrom, canProposeStage, checkMove, type PipelineStage } from '../../shared/pipeline/index.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { DealPipelineView, StageDecisionBody, StageMoveBody } from '../../shared/schemas/pipeline.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { DealActivity, DealGuard, DealMemberRepository, DealPresenter, DealRecord, DealRepository } from '../deals/index.ts';
import { dealRoom } from '../deals/index.ts';
import { ConflictError, NotFoundError } from '../http/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { PipelineReader } from './pipeline-reader.ts';
import { proposalView, stageState } from './pipeline-reader.ts';
import type { ProgressRepository } from './progress-repository.ts';
import type { StageNotifier } from './stage-notifier.ts';
import type { StageRepository } from './stage-repository.ts';

const DECIDERS_ONLY = 'Only the deal owner or a manager confirms, rejects or makes a move directly';

export interface StageServiceDeps {
  deals: DealRepository;
  members: DealMemberRepository;
  guard: DealGuard;
  stages: StageRepository;
  progress: ProgressRepository;
  reader: PipelineReader;
  presenter: DealPresenter;
  activity: DealActivity;
  notifier: StageNotifier;
  io: AppSocketServer;
  /** A deal's dashboard row changed. */
  onDealChanged: (dealId: string) => void;
  /** When moves and proposals are dated (default: the system clock). */
  clock?: Clock;
}

interface Move {
  deal: DealRecord;
  to: PipelineStage;
  proposedBy: string;
  reason: string | null;
  note: string | null;
}

export class StageService {
  private readonly now: Clock;

  constructor(private readonly deps: StageServiceDeps) {
    this.now = deps.clock ?? systemClock;
  }

  /** A party (or owner/manager) proposes a move; one proposal may be pending per deal. */
  async propose(user: PublicUser, dealId: string, body: StageMoveBody): Promise<DealPipelineView> {
    const { deal, member } = await this.deps.guard.require(user, dealId, canProposeStage, 'Advisers cannot propose stage changes; ask a party');
    if (!canProposeFrom(deal.stage)) throw new ConflictError('A closed deal is reopened by its owner or a manager, not by a proposal');
    await this.assertLegal(deal, body);
    const proposal = { _id: randomUUID(), dealId, from: deal.stage, to: body.to, note: body.note ?? null, reason: body.reason ?? null, proposedBy: user.id, at: this.now() };
    if (!(await this.deps.stages.propose(proposal))) throw new ConflictError('A stage proposal is already waiting for a decision');
    await this.deps.activity.record({ actor: user, deal, action: 'deal.stage-proposed', actingOrgId: member.orgId, before: { stage: deal.stage }, after: { stage: body.to, note: proposal.note, reason: proposal.reason } });
    const proposer = { id: user.id, name: user.name };
    this.deps.io.to(dealRoom(dealId)).emit('deal:stage-proposal-updated', { dealId, proposal: proposalView(proposal, () => proposer) });
    await this.deps.notifier.tell(user, deal, await this.deps.members.membersOf(dealId), 'proposed', deal.stage, body.to);
    return this.deps.reader.viewOf(deal);
  }

  async confirm(user: PublicUser, dealId: string, proposalId: string, body: StageDecisionBody): Promise<DealPipelineView> {
    const { deal } = await this.deps.guard.require(user, dealId, canDecideStage, DECIDERS_ONLY);
    const pending = await this.deps.stages.pendingOf(dealId);
    if (!pending || pending._id !== proposalId) throw new NotFoundError('Stage proposal');
    // Claim the proposal before moving: of two managers confirming at once, only one gets here.
    if (!(await this.deps.stages.settle(proposalId))) throw new ConflictError('This proposal was already decided');
    this.deps.io.to(dealRoom(dealId)).emit('deal:stage-proposal-updated', { dealId, proposal: null });
    if (deal.stage !== pending.from) throw new ConflictError('The deal moved since this was proposed; propose again');
    const note = [pending.note, body.note].filter(Boolean).join(' — ') || null;
    return this.apply(user, { deal, to: pending.to, proposedBy: pending.proposedBy, reason: pending.reason, note });
  }

  async reject(user: PublicUser, dealId: string, proposalId: string, body: StageDecisionBody): Promise<DealPipelineView> {
    const { deal } = await this.deps.guard.require(user, dealId, canDecideStage, DECIDERS_ONLY);
    const pending = await this.deps.stages.pendingOf(dealId);
    if (!pending || pending._id !== proposalId) throw new NotFoundError('Stage proposal');
    if (!(await this.deps.stages.settle(proposalId))) throw new ConflictError('This proposal was already decided');
    await this.deps.activity.record({ actor: user, deal, action: 'deal.stage-rejected', before: { stage: pending.to, proposedBy: pending.proposedBy }, after: { stage: deal.stage, note: body.note ?? null } });
    this.deps.io.to(dealRoom(dealId)).emit('deal:stage-proposal-updated', { dealId, proposal: null });
    const members = await this.deps.members.membersOf(dealId);
    await this.deps.notifier.tell(user, deal, members, 'rejected', deal.stage, pending.to);
    return this.deps.reader.viewOf(deal);
  }

  /** The owner or a manager moves the deal; their move is its own confirmation. */
  async move(user: PublicUser, dealId: string, body: StageMoveBody): Promise<DealPipelineView> {
    const { deal } = await this.deps.guard.require(user, dealId, canDecideStage, `${DECIDERS_ONLY}; parties propose`);
    await this.assertLegal(deal, body);
    const superseded = await this.deps.stages.discardPending(dealId);
    if (superseded) this.deps.io.to(dealRoom(dealId)).emit('deal:stage-proposal-updated', { dealId, proposal: null });
    return this.apply(user, { deal, to: body.to, proposedBy: user.id, reason: body.reason ?? null, note: body.note ?? null });
  }

  private async assertLegal(deal: DealRecord, body: StageMoveBody): Promise<void> {
    const { closedFrom } = stageState(deal, await this.deps.stages.historyOf(deal._id));
    const problem = checkMove(deal.stage, body.to, closedFrom, body.reason);
    if (problem) throw new ConflictError(problem.message);
  }

  private async apply(user: PublicUser, move: Move): Promise<DealPipelineView> {
    const { deal, to } = move;
    const at = this.now();
    // Conditional on the stage we checked: a concurrent move makes this one fail instead of skipping a step.
    if (!(await this.deps.deals.moveStage(deal._id, deal.stage, to, at))) throw new ConflictError('The deal moved meanwhile; reload and try again');
    await this.deps.stages.appendEvent({ _id: randomUUID(), dealId: deal._id, from: deal.stage, to, at, proposedBy: move.proposedBy, confirmedBy: user.id, reason: move.reason, note: move.note });
    await this.deps.progress.touch(deal._id, at);
    const moved: DealRecord = { ...deal, stage: to, updatedAt: at };
    await this.deps.activity.record({ actor: user, deal, action: 'deal.stage-changed', before: { stage: deal.stage }, after: { stage: to, reason: move.reason, note: move.note, proposedBy: move.proposedBy } });
    const members = await this.deps.members.membersOf(deal._id);
    this.deps.io.to(dealRoom(deal._id)).emit('deal:updated', await this.deps.presenter.view(moved, members));
    this.deps.onDealChanged(deal._id);
    await this.deps.notifier.tell(user, deal, members, 'moved', deal.stage, to);
    return this.deps.reader.viewOf(moved);
  }
}
