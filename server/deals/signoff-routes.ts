// Sign-off routes, mounted under /api/deals: list a deal's sign-offs, sign a term off for one's
// organisation, take a sign-off back.
import { ErrorCode } from '../../shared/protocol.ts';
import { DealIdSchema, SignoffBodySchema, TermIdSchema } from '../../shared/schemas/deals.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { SignoffService } from './signoff-service.ts';

export function signoffRoutes(service: SignoffService): ApiRouter {
  const router = new ApiRouter({ tag: 'deals' });

  router.get('/:id/signoffs', { summary: "The deal's sign-offs", auth: 'session', params: { id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json({ signoffs: await service.list(user, parseInput(DealIdSchema, req.params.id)) });
  });

  router.post('/:id/terms/:termId/sign-off', { summary: "Sign a term off for my organisation", auth: 'session', params: { id: DealIdSchema, termId: TermIdSchema }, body: SignoffBodySchema, statuses: [200, 201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const dealId = parseInput(DealIdSchema, req.params.id);
    const termId = parseInput(TermIdSchema, req.params.termId);
    const { orgId } = parseInput(SignoffBodySchema, req.body ?? {});
    const { signoff, created } = await service.sign(user, dealId, termId, orgId);
    res.status(created ? 201 : 200).json(signoff);
  });

  router.delete('/:id/terms/:termId/sign-off', { summary: "Take my organisation's sign-off back", auth: 'session', params: { id: DealIdSchema, termId: TermIdSchema }, query: SignoffBodySchema, statuses: [204], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const dealId = parseInput(DealIdSchema, req.params.id);
    const termId = parseInput(TermIdSchema, req.params.termId);
    const { orgId } = parseInput(SignoffBodySchema, req.query);
    await service.unsign(user, dealId, termId, orgId);
    res.status(204).end();
  });

  return router;
}
