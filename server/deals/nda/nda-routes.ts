// NDA routes, mounted under /api/deals: read the current NDA (any member, before accepting),
// accept it, publish a version (owners), and the acceptance record as JSON or CSV (owners).
import { ErrorCode } from '../../../shared/protocol.ts';
import type { Request } from 'express';
import { DealIdSchema } from '../../../shared/schemas/deals.ts';
import { AcceptNdaBodySchema, PublishNdaBodySchema } from '../../../shared/schemas/nda.ts';
import { requireAuth } from '../../auth/index.ts';
import { ApiRouter, parseInput } from '../../http/index.ts';
import type { NdaRecord } from './nda-record.ts';
import type { NdaClient, NdaService } from './nda-service.ts';

const USER_AGENT_MAX = 512;

/** The caller's address as Express reads it (honouring the app's `trust proxy`) and browser. */
function clientOf(req: Request): NdaClient {
  return { ip: req.ip ?? '', userAgent: (req.get('user-agent') ?? '').slice(0, USER_AGENT_MAX) };
}

export function ndaRoutes(service: NdaService, record: NdaRecord): ApiRouter {
  const router = new ApiRouter({ tag: 'deals' });
  const dealIdOf = (req: Request) => parseInput(DealIdSchema, req.params.id);

  router.get('/:id/nda', { summary: "The deal's current NDA and whether I accepted it", auth: 'session', params: { id: DealIdSchema }, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.gate(user, dealIdOf(req)));
  });

  router.post('/:id/nda', { summary: "Publish a new NDA version (owners)", auth: 'session', params: { id: DealIdSchema }, body: PublishNdaBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await service.publish(user, dealIdOf(req), parseInput(PublishNdaBodySchema, req.body ?? {}), clientOf(req)));
  });

  router.post('/:id/nda/accept', { summary: "Accept the current NDA", auth: 'session', params: { id: DealIdSchema }, body: AcceptNdaBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.accept(user, dealIdOf(req), parseInput(AcceptNdaBodySchema, req.body ?? {}), clientOf(req)));
  });

  router.get('/:id/nda/record', { summary: "Who accepted which NDA version, when and from where (owners)", auth: 'session', params: { id: DealIdSchema }, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await record.view(user, dealIdOf(req)));
  });

  router.get('/:id/nda/record.csv', { summary: "The NDA acceptance record as CSV (owners)", auth: 'session', params: { id: DealIdSchema }, produces: 'text/csv', errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    const dealId = dealIdOf(req);
    res.type('text/csv; charset=utf-8').attachment(`nda-record-${dealId}.csv`).send(await record.csv(user, dealId));
  });

  return router;
}
