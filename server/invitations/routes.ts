// The invitee's side of invitations: GET /api/invitations (pending ones, to my e-mail or my
// organisations), POST /api/invitations/:id/accept and /decline. The inviting side's list and
// revoke live with the target: /api/orgs/:id/invitations, /api/deals/:id/invitations.
import { ErrorCode } from '../../shared/protocol.ts';
import type { InvitationAccepted } from '../../shared/schemas/invitations.ts';
import { InvitationIdSchema } from '../../shared/schemas/invitations.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { InvitationService } from './invitation-service.ts';

export function invitationRoutes(service: InvitationService): ApiRouter {
  const router = new ApiRouter();

  router.get('/', { summary: "Invitations waiting for me (to my e-mail or my organisations)", auth: 'session' }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ invitations: await service.mine(user) });
  });

  router.post('/:id/accept', { summary: "Accept an invitation", auth: 'session', params: { id: InvitationIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { invitation, record } = await service.accept(user, parseInput(InvitationIdSchema, req.params.id));
    const joined: InvitationAccepted['joined'] = { kind: record.kind === 'org' ? 'org' : 'deal', id: record.targetId };
    res.json({ invitation, joined } satisfies InvitationAccepted);
  });

  router.post('/:id/decline', { summary: "Decline an invitation", auth: 'session', params: { id: InvitationIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json({ invitation: await service.decline(user, parseInput(InvitationIdSchema, req.params.id)) });
  });

  return router;
}
