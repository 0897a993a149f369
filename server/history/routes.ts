// History routes, mounted under /api/deals/:id: the document history (edits per person and
// versions), versions (list, save a named one, read one's state, restore one).
import { ErrorCode } from '../../shared/protocol.ts';
import { CreateVersionBodySchema, DealDocQuerySchema, DealIdSchema } from '../../shared/schemas/deals.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { VersionService } from './version-service.ts';

export function historyRoutes(service: VersionService): ApiRouter {
  const router = new ApiRouter({ tag: 'history', mergeParams: true });
  const dealIdOf = (params: Record<string, string>) => parseInput(DealIdSchema, params.id);

  router.get('/history', { summary: "A deal document's history: edits per person and versions", auth: 'session', params: { id: DealIdSchema }, query: DealDocQuerySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { doc } = parseInput(DealDocQuerySchema, req.query);
    res.json(await service.history(user, dealIdOf(req.params), doc));
  });

  router.get('/versions', { summary: "A deal document's versions", auth: 'session', params: { id: DealIdSchema }, query: DealDocQuerySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { doc } = parseInput(DealDocQuerySchema, req.query);
    res.json({ versions: await service.list(user, dealIdOf(req.params), doc) });
  });

  router.post('/versions', { summary: "Save a named version", auth: 'session', params: { id: DealIdSchema }, body: CreateVersionBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { doc, name } = parseInput(CreateVersionBodySchema, req.body);
    res.status(201).json(await service.createNamed(user, dealIdOf(req.params), doc, name));
  });

  router.get('/versions/:vid', { summary: "One version's content", auth: 'session', params: { vid: RecordIdSchema, id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.state(user, dealIdOf(req.params), parseInput(RecordIdSchema, req.params.vid)));
  });

  router.post('/versions/:vid/restore', { summary: "Restore a version (the current state is saved first)", auth: 'session', params: { vid: RecordIdSchema, id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.restore(user, dealIdOf(req.params), parseInput(RecordIdSchema, req.params.vid)));
  });

  return router;
}
