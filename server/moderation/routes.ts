// Moderation routes, mounted at `/api/moderation`: report spam (members), see reports and suspend
// (instance admins).
import { Router } from 'express';
import { SpamReportBodySchema, SuspensionBodySchema } from '../../shared/schemas/moderation.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { parseInput } from '../http/index.ts';
import type { ModerationService } from './moderation-service.ts';

export function moderationRoutes(service: ModerationService): Router {
  const router = Router();

  router.post('/reports', async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await service.report(user, parseInput(SpamReportBodySchema, req.body)));
  });

  router.get('/reports', async (_req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.reported(user));
  });

  router.put('/orgs/:orgId/suspension', async (req, res) => {
    const { user } = requireAuth(res);
    const orgId = parseInput(RecordIdSchema, req.params.orgId);
    res.json(await service.setSuspended(user, orgId, parseInput(SuspensionBodySchema, req.body).suspended));
  });

  return router;
}
