// Listing routes: publish, browse and search, read, edit, withdraw.
import { ErrorCode } from '../../shared/protocol.ts';
import { CreateListingBodySchema, ListingQuerySchema, UpdateListingBodySchema } from '../../shared/schemas/listings.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { ListingService } from './listing-service.ts';

export function listingRoutes(service: ListingService): ApiRouter {
  const router = new ApiRouter({ tag: 'listings' });

  router.post('/', { summary: "Publish a need or an offer for one of my organisations", auth: 'session', body: CreateListingBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.OrgSuspended, ErrorCode.ListingTooThin, ErrorCode.ListingLimit] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await service.create(user, parseInput(CreateListingBodySchema, req.body)));
  });

  router.get('/', { summary: "Browse and search the marketplace", auth: 'session', query: ListingQuerySchema }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.browse(user, parseInput(ListingQuerySchema, req.query)));
  });

  router.get('/:id', { summary: "Read a listing", auth: 'session', params: { id: RecordIdSchema } }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.get(user, parseInput(RecordIdSchema, req.params.id)));
  });

  router.patch('/:id', { summary: "Edit a listing", auth: 'session', params: { id: RecordIdSchema }, body: UpdateListingBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.Conflict, ErrorCode.OrgSuspended, ErrorCode.ListingTooThin] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    res.json(await service.update(user, id, parseInput(UpdateListingBodySchema, req.body)));
  });

  router.post('/:id/withdraw', { summary: "Withdraw a listing", auth: 'session', params: { id: RecordIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.withdraw(user, parseInput(RecordIdSchema, req.params.id)));
  });

  return router;
}
