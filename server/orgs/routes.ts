// Organisation routes: create, mine, read, edit; invite (202 "invitation sent"), change and remove
// members; the invitations sent, and taking one back.
import { Router } from 'express';
import { InvitationIdSchema, type InvitationSent } from '../../shared/schemas/invitations.ts';
import { AddOrgMemberBodySchema, CreateOrgBodySchema, UpdateOrgBodySchema } from '../../shared/schemas/orgs.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { parseInput } from '../http/index.ts';
import type { OrgService } from './org-service.ts';

export function orgRoutes(service: OrgService): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    const { user } = requireAuth(res);
    const body = parseInput(CreateOrgBodySchema, req.body);
    res.status(201).json(await service.create(user, body));
  });

  router.get('/mine', async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ orgs: await service.listMine(user) });
  });

  router.get('/:id', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.get(user, parseInput(RecordIdSchema, req.params.id)));
  });

  router.patch('/:id', async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    res.json(await service.update(user, id, parseInput(UpdateOrgBodySchema, req.body)));
  });

  router.post('/:id/members', async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    const result = await service.addMember(user, id, parseInput(AddOrgMemberBodySchema, req.body));
    if ('org' in result) res.json(result.org);
    else res.status(202).json({ status: 'invitation-sent', invitation: result.invitation } satisfies InvitationSent);
  });

  router.get('/:id/invitations', async (req, res) => {
    const { user } = requireAuth(res);
    res.json({ invitations: await service.invitationsSent(user, parseInput(RecordIdSchema, req.params.id)) });
  });

  router.delete('/:id/invitations/:invitationId', async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    res.json({ invitation: await service.revokeInvitation(user, id, parseInput(InvitationIdSchema, req.params.invitationId)) });
  });

  router.delete('/:id/members/:userId', async (req, res) => {
    const { user } = requireAuth(res);
    const id = parseInput(RecordIdSchema, req.params.id);
    await service.removeMember(user, id, parseInput(RecordIdSchema, req.params.userId));
    res.status(204).end();
  });

  return router;
}
