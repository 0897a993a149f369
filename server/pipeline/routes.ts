// Stage routes under /api/deals/:id/stage: propose, confirm or reject a proposal, move directly.
import { Router } from 'express';
import { DealIdSchema } from '../../shared/schemas/deals.ts';
import { ProposalIdSchema, StageDecisionBodySchema, StageMoveBodySchema } from '../../shared/schemas/pipeline.ts';
import { requireAuth } from '../auth/index.ts';
import { NotFoundError, parseInput } from '../http/index.ts';
import type { StageService } from './stage-service.ts';

export function stageRoutes(stages: StageService): Router {
  const router = Router();
  const dealIdOf = (params: Record<string, string>) => parseInput(DealIdSchema, params.id);

  router.post('/:id/stage/proposals', async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await stages.propose(user, dealIdOf(req.params), parseInput(StageMoveBodySchema, req.body ?? {})));
  });

  router.post('/:id/stage/proposals/:pid/:decision', async (req, res) => {
    const { user } = requireAuth(res);
    const dealId = dealIdOf(req.params);
    const proposalId = parseInput(ProposalIdSchema, req.params.pid);
    const body = parseInput(StageDecisionBodySchema, req.body ?? {});
    if (req.params.decision === 'confirm') res.json(await stages.confirm(user, dealId, proposalId, body));
    else if (req.params.decision === 'reject') res.json(await stages.reject(user, dealId, proposalId, body));
    else throw new NotFoundError('Endpoint');
  });

  router.post('/:id/stage', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await stages.move(user, dealIdOf(req.params), parseInput(StageMoveBodySchema, req.body ?? {})));
  });

  return router;
}
