// Reads a deal's pipeline as the API shows it: stage history with names, the pending proposal,
// when the current stage began, where a closed deal was closed from, and its progress figures.
import { isClosedStage } from '../../shared/pipeline/index.ts';
import type { DealPipelineView, PersonRef, StageHistoryEntry, StageProposalView } from '../../shared/schemas/pipeline.ts';
import type { UserRepository } from '../auth/index.ts';
import type { DealRecord } from '../deals/index.ts';
import { progressView } from './progress.ts';
import type { ProgressRepository } from './progress-repository.ts';
import type { StageEventRecord, StageProposalRecord, StageRepository } from './stage-repository.ts';

export type NameLookup = (id: string | null) => PersonRef | null;

/** When the deal entered its current stage and, if closed, the stage it was closed from. */
export function stageState(deal: Pick<DealRecord, 'stage' | 'createdAt'>, history: readonly StageEventRecord[]): { since: Date; closedFrom: string | null } {
  const last = history.at(-1);
  const since = last && last.to === deal.stage ? last.at : deal.createdAt;
  return { since: new Date(since), closedFrom: isClosedStage(deal.stage) && last?.to === deal.stage ? last.from : null };
}

function historyEntry(event: StageEventRecord, name: NameLookup): StageHistoryEntry {
  return {
    from: event.from,
    to: event.to,
    at: new Date(event.at).toISOString(),
    proposedBy: name(event.proposedBy),
    confirmedBy: name(event.confirmedBy),
    reason: event.reason,
    note: event.note,
  };
}

export function proposalView(proposal: StageProposalRecord, name: NameLookup): StageProposalView {
  return {
    id: proposal._id,
    dealId: proposal.dealId,
    from: proposal.from,
    to: proposal.to,
    note: proposal.note,
    reason: proposal.reason,
    proposedBy: name(proposal.proposedBy) ?? { id: proposal.proposedBy, name: 'Former user' },
    at: new Date(proposal.at).toISOString(),
  };
}

export class PipelineReader {
  constructor(
    private readonly stages: StageRepository,
    private readonly progress: ProgressRepository,
    private readonly users: UserRepository,
  ) {}

  /** Display names for user ids ("Former user" for a deleted account). */
  async names(ids: Iterable<string | null>): Promise<NameLookup> {
    const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
    const users = wanted.length > 0 ? await this.users.findByIds(wanted) : [];
    const byId = new Map(users.map((user) => [user._id, user.name]));
    return (id) => (id === null ? null : { id, name: byId.get(id) ?? 'Former user' });
  }

  async viewOf(deal: DealRecord): Promise<DealPipelineView> {
    const [history, pending, progress] = await Promise.all([this.stages.historyOf(deal._id), this.stages.pendingOf(deal._id), this.progress.find(deal._id)]);
    const name = await this.names([...history.flatMap((event) => [event.proposedBy, event.confirmedBy]), pending?.proposedBy ?? null]);
    const { since, closedFrom } = stageState(deal, history);
    return {
      stage: deal.stage,
      closedFrom,
      stageSince: since.toISOString(),
      history: history.map((event) => historyEntry(event, name)),
      proposal: pending ? proposalView(pending, name) : null,
      progress: progressView(progress, deal.updatedAt, Date.now()),
    };
  }
}
