// Stage history (one record per change of stage) and pending stage proposals (at most one per
// deal: the unique `dealId` index settles two parties proposing at the same moment).
import type { PipelineStage } from '../../shared/pipeline/index.ts';
import { DuplicateKeyError, type IndexSpec, type Store } from '../store/index.ts';

export interface StageEventRecord {
  _id: string;
  dealId: string;
  from: string | null;
  to: string;
  at: Date;
  proposedBy: string | null;
  confirmedBy: string | null;
  reason: string | null;
  note: string | null;
}

export interface StageProposalRecord {
  _id: string;
  dealId: string;
  from: string;
  to: PipelineStage;
  note: string | null;
  reason: string | null;
  proposedBy: string;
  at: Date;
}

export const STAGE_INDEXES: IndexSpec[] = [
  { collection: 'deal_stage_events', fields: ['dealId'] },
  { collection: 'deal_stage_proposals', fields: ['dealId'], unique: true },
];

export class StageRepository {
  constructor(private readonly store: Store) {}

  private get events() {
    return this.store.collection<StageEventRecord>('deal_stage_events');
  }

  private get proposals() {
    return this.store.collection<StageProposalRecord>('deal_stage_proposals');
  }

  async appendEvent(event: StageEventRecord): Promise<void> {
    await this.events.insertOne(event);
  }

  /** Oldest first. */
  historyOf(dealId: string): Promise<StageEventRecord[]> {
    return this.events.find({ dealId }, { sort: { at: 1 } });
  }

  /** History of many deals at once (all deals when `dealIds` is null), oldest first. */
  async historyOfMany(dealIds: readonly string[] | null): Promise<StageEventRecord[]> {
    // Sorted here: the embedded engine's own sort of thousands of dates is several times slower.
    const events = await this.events.find(dealIds ? { dealId: { $in: [...dealIds] } } : {});
    return events.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  }

  pendingOf(dealId: string): Promise<StageProposalRecord | null> {
    return this.proposals.findOne({ dealId });
  }

  /** Stores the proposal; false when the deal already has one pending. */
  async propose(proposal: StageProposalRecord): Promise<boolean> {
    try {
      await this.proposals.insertOne(proposal);
      return true;
    } catch (error) {
      if (error instanceof DuplicateKeyError) return false;
      throw error;
    }
  }

  /** Takes the proposal off the deal; false when someone else already decided it. */
  async settle(proposalId: string): Promise<boolean> {
    return (await this.proposals.deleteMany({ _id: proposalId })) > 0;
  }

  /** Drops whatever is pending (a direct move supersedes it); returns what was dropped. */
  async discardPending(dealId: string): Promise<StageProposalRecord | null> {
    const pending = await this.pendingOf(dealId);
    if (pending && (await this.settle(pending._id))) return pending;
    return null;
  }
}
