// Activity routes: an organisation's trail at GET /api/orgs/:id/activity (mounted beside the
// organisation routes). Trails are read-only: there is no route that edits or deletes an entry.
import { ErrorCode } from '../../shared/protocol.ts';
import { ActivityQuerySchema } from '../../shared/schemas/activity.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { OrgTrail } from './org-trail.ts';

export function orgActivityRoutes(trail: OrgTrail): ApiRouter {
  const router = new ApiRouter({ tag: 'activity' });

  router.get('/:id/activity', { summary: "An organisation's activity trail, paged and filtered", auth: 'session', params: { id: RecordIdSchema }, query: ActivityQuerySchema, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    const orgId = parseInput(RecordIdSchema, req.params.id);
    res.json(await trail.page(user, orgId, parseInput(ActivityQuerySchema, req.query)));
  });

  return router;
}
