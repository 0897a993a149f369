// A deal's pipeline in the deal room: stage, history, the pending proposal and progress, kept
// current by the room's live events, plus the commands the shared rules allow this member.
import { stageActionsFor, type StageActions } from '../../../../shared/pipeline/index.ts';
import type { DealDetail } from '../../../../shared/schemas/deals.ts';
import type { DealPipelineView, StageMoveBody } from '../../../../shared/schemas/pipeline.ts';
import type { ApiClient } from '../../lib/api-client.ts';
import type { RealtimeSocket } from '../../lib/realtime-socket.ts';
import { listen } from '../../lib/socket-listen.ts';
import { decideStage, moveStage, proposeStage, readPipeline, type StageDecision } from './stage-api.ts';

export class StagePanel {
  pipeline: DealPipelineView;
  busy = $state(false);
  failure = $state.raw<unknown>(null);
  private reads = 0;

  constructor(
    private readonly api: ApiClient,
    private readonly dealId: string,
    initial: DealPipelineView,
  ) {
    this.pipeline = $state.raw(initial);
  }

  actions(me: DealDetail['me']): StageActions {
    const { stage, closedFrom, proposal } = this.pipeline;
    return stageActionsFor(me, stage, closedFrom, proposal !== null);
  }

  /** Live proposals and progress of this deal; returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    return listen(socket, {
      'deal:stage-proposal-updated': ({ dealId }) => dealId === this.dealId && void this.refresh(),
      'deal:progress-updated': ({ dealId, progress }) => {
        if (dealId === this.dealId) this.pipeline = { ...this.pipeline, progress };
      },
    });
  }

  async refresh(): Promise<void> {
    // Only the newest read may write: a burst of events starts several.
    const read = ++this.reads;
    try {
      const pipeline = await readPipeline(this.api, this.dealId);
      if (read === this.reads) this.pipeline = pipeline;
    } catch (error) {
      if (read === this.reads) this.failure = error;
    }
  }

  propose(body: StageMoveBody): Promise<boolean> {
    return this.run(() => proposeStage(this.api, this.dealId, body));
  }

  move(body: StageMoveBody): Promise<boolean> {
    return this.run(() => moveStage(this.api, this.dealId, body));
  }

  decide(decision: StageDecision): Promise<boolean> {
    const proposal = this.pipeline.proposal;
    if (!proposal) return Promise.resolve(false);
    return this.run(() => decideStage(this.api, this.dealId, proposal.id, decision));
  }

  private async run(command: () => Promise<DealPipelineView>): Promise<boolean> {
    this.busy = true;
    this.failure = null;
    try {
      this.reads++;
      this.pipeline = await command();
      return true;
    } catch (error) {
      this.failure = error;
      return false;
    } finally {
      this.busy = false;
    }
  }
}
