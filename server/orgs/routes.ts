// Organisation routes: create, mine, read, edit; invite (202 "invitation sent"), change and remove
// members; the invitations sent, and taking one back.
import { ErrorCode } from '../../shared/protocol.ts';
import { InvitationIdSchema, type InvitationSent } from '../../shared/schemas/invitations.ts';
import { AddOrgMemberBodySchema, CreateOrgBodySchema, UpdateOrgBodySchema } from '../../shared/schemas/orgs.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { OrgService } from './org-service.ts';

export function orgRoutes(service: OrgService): ApiRouter {
  const router = new ApiRouter({ tag: 'orgs' });

  router.post('/', { summary: "Create an organisation (I become its owner)", auth: 'session', body: CreateOrgBodySchema, statuses: [201] }, async (req, res) => {
    const { user } = requireAuth(res);
    const body = parseInput(CreateOrgBodySchema, req.body);
    res.status(201).json(await service.create(user, body));
  });

  router.get('/mine', { summary: "The organisations I belong to", auth: 'session' }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ orgs: await service.listMine(user) });
  });

  router.get('/:id', { summary: "Read an organisation", auth: 'session', params: { id: RecordIdSchema }, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.get(user, parseInput(RecordIdSchema, req.params.id)));
  });

  router.patch('/:id', { summary: "Edit an organisation (owners)", auth: 'session', params: { id: RecordIdSchema }, body: UpdateOrgBodySchema, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    res.json(await service.update(user, id, parseInput(UpdateOrgBodySchema, req.body)));
  });

  router.post('/:id/members', { summary: "Add a member, or invite an e-mail (202 invitation sent)", auth: 'session', params: { id: RecordIdSchema }, body: AddOrgMemberBodySchema, statuses: [200, 202], errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    const result = await service.addMember(user, id, parseInput(AddOrgMemberBodySchema, req.body));
    if ('org' in result) res.json(result.org);
    else res.status(202).json({ status: 'invitation-sent', invitation: result.invitation } satisfies InvitationSent);
  });

  router.get('/:id/invitations', { summary: "The invitations this organisation sent", auth: 'session', params: { id: RecordIdSchema }, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json({ invitations: await service.invitationsSent(user, parseInput(RecordIdSchema, req.params.id)) });
  });

  router.delete('/:id/invitations/:invitationId', { summary: "Take an invitation back", auth: 'session', params: { id: RecordIdSchema, invitationId: InvitationIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    res.json({ invitation: await service.revokeInvitation(user, id, parseInput(InvitationIdSchema, req.params.invitationId)) });
  });

  router.delete('/:id/members/:userId', { summary: "Remove a member", auth: 'session', params: { id: RecordIdSchema, userId: RecordIdSchema }, statuses: [204], errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    await service.removeMember(user, id, parseInput(RecordIdSchema, req.params.userId));
    res.status(204).end();
  });

  return router;
}
