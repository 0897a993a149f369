// Listing routes: publish, browse and search, read, edit, withdraw.
import { Router } from 'express';
import { CreateListingBodySchema, ListingQuerySchema, UpdateListingBodySchema } from '../../shared/schemas/listings.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { parseInput } from '../http/index.ts';
import type { ListingService } from './listing-service.ts';

export function listingRoutes(service: ListingService): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await service.create(user, parseInput(CreateListingBodySchema, req.body)));
  });

  router.get('/', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.browse(user, parseInput(ListingQuerySchema, req.query)));
  });

  router.get('/:id', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.get(user, parseInput(RecordIdSchema, req.params.id)));
  });

  router.patch('/:id', async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    res.json(await service.update(user, id, parseInput(UpdateListingBodySchema, req.body)));
  });

  router.post('/:id/withdraw', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.withdraw(user, parseInput(RecordIdSchema, req.params.id)));
  });

  return router;
}
