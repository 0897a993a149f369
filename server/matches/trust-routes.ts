// Routes around the ranking: an organisation's exclusion list (`/api/orgs/:id/exclusions`, owners
// change it, members read it) and an instance admin's per-organisation outreach limit.
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { AddExclusionBodySchema, OutreachLimitBodySchema } from '../../shared/schemas/match-trust.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { z } from 'zod';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, ForbiddenError, NotFoundError, parseInput } from '../http/index.ts';
import type { OrgRepository } from '../orgs/index.ts';
import type { ExclusionService } from './exclusion-service.ts';
import type { InterestTracker } from './interest-tracker.ts';
import type { OutreachLimits } from './outreach-limit.ts';

const ExclusionIdSchema = z.string().min(1).max(300);

/** Mounted at `/api/orgs`. */
export function exclusionRoutes(service: ExclusionService): ApiRouter {
  const router = new ApiRouter({ tag: 'matches' });

  router.get('/:id/exclusions', { summary: "An organisation's exclusion list (members)", auth: 'session', params: { id: RecordIdSchema }, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json({ exclusions: await service.list(user, parseInput(RecordIdSchema, req.params.id)) });
  });

  router.post('/:id/exclusions', { summary: "Exclude an organisation or a domain from matching (owners)", auth: 'session', params: { id: RecordIdSchema }, body: AddExclusionBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const orgId = parseInput(RecordIdSchema, req.params.id);
    res.status(201).json(await service.add(user, orgId, parseInput(AddExclusionBodySchema, req.body)));
  });

  router.delete('/:id/exclusions/:exclusionId', { summary: "Remove an exclusion (owners)", auth: 'session', params: { id: RecordIdSchema, exclusionId: ExclusionIdSchema }, statuses: [204], errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    const orgId = parseInput(RecordIdSchema, req.params.id);
    await service.remove(user, orgId, parseInput(ExclusionIdSchema, req.params.exclusionId));
    res.status(204).end();
  });

  return router;
}

/** `PUT /api/matches/outreach/:orgId`: an instance admin raises (or resets) one organisation's weekly limit. */
export function outreachLimitRoutes(deps: { limits: OutreachLimits; tracker: InterestTracker; orgs: OrgRepository; isAdmin: (user: PublicUser) => boolean }): ApiRouter {
  const router = new ApiRouter({ tag: 'matches' });
  router.put('/outreach/:orgId', { summary: "Set one organisation's weekly outreach limit", auth: 'admin', params: { orgId: RecordIdSchema }, body: OutreachLimitBodySchema }, async (req, res) => {
    const { user } = requireAuth(res);
    if (!deps.isAdmin(user)) throw new ForbiddenError('Only instance admins set outreach limits');
    const orgId = parseInput(RecordIdSchema, req.params.orgId);
    const { perWeek } = parseInput(OutreachLimitBodySchema, req.body);
    if (!(await deps.orgs.find(orgId))) throw new NotFoundError('Organisation');
    await deps.limits.set(orgId, perWeek);
    res.json(await deps.tracker.allowance(orgId));
  });
  return router;
}
