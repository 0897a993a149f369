// The invitee's side of invitations: GET /api/invitations (pending ones, to my e-mail or my
// organisations), POST /api/invitations/:id/accept and /decline. The inviting side's list and
// revoke live with the target: /api/orgs/:id/invitations, /api/deals/:id/invitations.
import { ErrorCode } from '../../shared/protocol.ts';
import type { InvitationAccepted } from '../../shared/schemas/invitations.ts';
import { InvitationIdSchema, InvitationLinkTokenSchema } from '../../shared/schemas/invitations.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { InvitationRecord } from './invitation-repository.ts';
import type { InvitationService } from './invitation-service.ts';

export function invitationRoutes(service: InvitationService): ApiRouter {
  const router = new ApiRouter({ tag: 'invitations' });

  router.get('/', { summary: "Invitations waiting for me (to my e-mail or my organisations)", auth: 'session' }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ invitations: await service.mine(user) });
  });

  const joinedOf = (record: InvitationRecord): InvitationAccepted['joined'] => ({ kind: record.kind === 'org' ? 'org' : 'deal', id: record.targetId });

  router.post('/:id/accept', { summary: "Accept an invitation", auth: 'session', params: { id: InvitationIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { invitation, record } = await service.accept(user, parseInput(InvitationIdSchema, req.params.id));
    res.json({ invitation, joined: joinedOf(record) } satisfies InvitationAccepted);
  });

  // The e-mailed link: its landing page reads what it invites to before anyone signs in.
  router.get('/link/:token', { summary: "What an e-mailed invitation link invites to (the signed token is the credential)", auth: 'none', params: { token: InvitationLinkTokenSchema } }, async (req, res) => {
    res.json(await service.linkView(parseInput(InvitationLinkTokenSchema, req.params.token)));
  });

  router.post('/link/:token/accept', { summary: "Accept an invitation from its e-mailed link", auth: 'session', params: { token: InvitationLinkTokenSchema }, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { invitation, record } = await service.acceptByLink(user, parseInput(InvitationLinkTokenSchema, req.params.token));
    res.json({ invitation, joined: joinedOf(record) } satisfies InvitationAccepted);
  });

  router.post('/:id/decline', { summary: "Decline an invitation", auth: 'session', params: { id: InvitationIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json({ invitation: await service.decline(user, parseInput(InvitationIdSchema, req.params.id)) });
  });

  return router;
}
