// History routes, mounted under /api/deals/:id: the document history (edits per person and
// versions), versions (list, save a named one, read one's state, restore one).
import { Router } from 'express';
import { CreateVersionBodySchema, DealDocQuerySchema, DealIdSchema } from '../../shared/schemas/deals.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { parseInput } from '../http/index.ts';
import type { VersionService } from './version-service.ts';

export function historyRoutes(service: VersionService): Router {
  const router = Router({ mergeParams: true });
  const dealIdOf = (params: Record<string, string>) => parseInput(DealIdSchema, params.id);

  router.get('/history', async (req, res) => {
    const { user } = requireAuth(res);
    const { doc } = parseInput(DealDocQuerySchema, req.query);
    res.json(await service.history(user, dealIdOf(req.params), doc));
  });

  router.get('/versions', async (req, res) => {
    const { user } = requireAuth(res);
    const { doc } = parseInput(DealDocQuerySchema, req.query);
    res.json({ versions: await service.list(user, dealIdOf(req.params), doc) });
  });

  router.post('/versions', async (req, res) => {
    const { user } = requireAuth(res);
    const { doc, name } = parseInput(CreateVersionBodySchema, req.body);
    res.status(201).json(await service.createNamed(user, dealIdOf(req.params), doc, name));
  });

  router.get('/versions/:vid', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.state(user, dealIdOf(req.params), parseInput(RecordIdSchema, req.params.vid)));
  });

  router.post('/versions/:vid/restore', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.restore(user, dealIdOf(req.params), parseInput(RecordIdSchema, req.params.vid)));
  });

  return router;
}
