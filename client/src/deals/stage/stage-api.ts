// REST calls of the stage controls: propose a move, confirm or reject the pending one, move
// directly, and re-read the deal's pipeline.
import type { DealDetail } from '../../../../shared/schemas/deals.ts';
import type { DealPipelineView, StageMoveBody } from '../../../../shared/schemas/pipeline.ts';
import type { ApiClient } from '../../lib/api-client.ts';

export type StageDecision = 'confirm' | 'reject';

export function proposeStage(api: ApiClient, dealId: string, body: StageMoveBody): Promise<DealPipelineView> {
  return api.post<DealPipelineView>(`/deals/${dealId}/stage/proposals`, body);
}

export function decideStage(api: ApiClient, dealId: string, proposalId: string, decision: StageDecision): Promise<DealPipelineView> {
  return api.post<DealPipelineView>(`/deals/${dealId}/stage/proposals/${proposalId}/${decision}`, {});
}

export function moveStage(api: ApiClient, dealId: string, body: StageMoveBody): Promise<DealPipelineView> {
  return api.post<DealPipelineView>(`/deals/${dealId}/stage`, body);
}

export async function readPipeline(api: ApiClient, dealId: string): Promise<DealPipelineView> {
  return (await api.get<DealDetail>(`/deals/${dealId}`)).pipeline;
}
