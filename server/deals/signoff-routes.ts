// Sign-off routes, mounted under /api/deals: list a deal's sign-offs, sign a term off for one's
// organisation, take a sign-off back.
import { Router } from 'express';
import { DealIdSchema, SignoffBodySchema, TermIdSchema } from '../../shared/schemas/deals.ts';
import { requireAuth } from '../auth/index.ts';
import { parseInput } from '../http/index.ts';
import type { SignoffService } from './signoff-service.ts';

export function signoffRoutes(service: SignoffService): Router {
  const router = Router();

  router.get('/:id/signoffs', async (req, res) => {
    const { user } = requireAuth(res);
    res.json({ signoffs: await service.list(user, parseInput(DealIdSchema, req.params.id)) });
  });

  router.post('/:id/terms/:termId/sign-off', async (req, res) => {
    const { user } = requireAuth(res);
    const dealId = parseInput(DealIdSchema, req.params.id);
    const termId = parseInput(TermIdSchema, req.params.termId);
    const { orgId } = parseInput(SignoffBodySchema, req.body ?? {});
    const { signoff, created } = await service.sign(user, dealId, termId, orgId);
    res.status(created ? 201 : 200).json(signoff);
  });

  router.delete('/:id/terms/:termId/sign-off', async (req, res) => {
    const { user } = requireAuth(res);
    const dealId = parseInput(DealIdSchema, req.params.id);
    const termId = parseInput(TermIdSchema, req.params.termId);
    const { orgId } = parseInput(SignoffBodySchema, req.query);
    await service.unsign(user, dealId, termId, orgId);
    res.status(204).end();
  });

  return router;
}
