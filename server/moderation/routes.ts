// Moderation routes, mounted at `/api/moderation`: report spam (members), see reports and suspend
// (instance admins).
import { ErrorCode } from '../../shared/protocol.ts';
import { SpamReportBodySchema, SuspensionBodySchema } from '../../shared/schemas/moderation.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { ModerationService } from './moderation-service.ts';

export function moderationRoutes(service: ModerationService): ApiRouter {
  const router = new ApiRouter({ tag: 'moderation' });

  router.post('/reports', { summary: "Report a listing or an organisation as spam", auth: 'session', body: SpamReportBodySchema, statuses: [201], errors: [ErrorCode.Forbidden, ErrorCode.Conflict, ErrorCode.NotFound] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.status(201).json(await service.report(user, parseInput(SpamReportBodySchema, req.body)));
  });

  router.get('/reports', { summary: "Open spam reports", auth: 'admin' }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.reported(user));
  });

  router.put('/orgs/:orgId/suspension', { summary: "Suspend or reinstate an organisation", auth: 'admin', params: { orgId: RecordIdSchema }, body: SuspensionBodySchema }, async (req, res) => {
    const { user } = requireAuth(res);
    const orgId = parseInput(RecordIdSchema, req.params.orgId);
    res.json(await service.setSuspended(user, orgId, parseInput(SuspensionBodySchema, req.body).suspended));
  });

  return router;
}
