// Stage routes under /api/deals/:id/stage: propose, confirm or reject a proposal, move directly.
import { ErrorCode } from '../../shared/protocol.ts';
import { DealIdSchema } from '../../shared/schemas/deals.ts';
import { ProposalIdSchema, StageDecisionBodySchema, StageDecisionSchema, StageMoveBodySchema } from '../../shared/schemas/pipeline.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, NotFoundError, parseInput } from '../http/index.ts';
import type { StageService } from './stage-service.ts';

export function stageRoutes(stages: StageService): ApiRouter {
  const router = new ApiRouter({ tag: 'pipeline' });
  const dealIdOf = (params: Record<string, string>) => parseInput(DealIdSchema, params.id);

  router.post('/:id/stage/proposals', { summary: "Propose moving the deal to another stage", auth: 'session', params: { id: DealIdSchema }, body: StageMoveBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await stages.propose(user, dealIdOf(req.params), parseInput(StageMoveBodySchema, req.body ?? {})));
  });

  router.post('/:id/stage/proposals/:pid/:decision', { summary: "Confirm or reject a stage proposal", auth: 'session', params: { pid: ProposalIdSchema, id: DealIdSchema, decision: StageDecisionSchema }, body: StageDecisionBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const dealId = dealIdOf(req.params);
    const proposalId = parseInput(ProposalIdSchema, req.params.pid);
    const body = parseInput(StageDecisionBodySchema, req.body ?? {});
    if (req.params.decision === 'confirm') res.json(await stages.confirm(user, dealId, proposalId, body));
    else if (req.params.decision === 'reject') res.json(await stages.reject(user, dealId, proposalId, body));
    else throw new NotFoundError('Endpoint');
  });

  router.post('/:id/stage', { summary: "Move the deal to a stage directly (owners, managers)", auth: 'session', params: { id: DealIdSchema }, body: StageMoveBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await stages.move(user, dealIdOf(req.params), parseInput(StageMoveBodySchema, req.body ?? {})));
  });

  return router;
}
