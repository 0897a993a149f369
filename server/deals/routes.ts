// Deal routes: open, list, read and change deals; invite (202 "invitation sent"), change and remove
// members, list and take back invitations; edit grants; the activity trail. Sign-off and export routes live beside these.
import { ErrorCode } from '../../shared/protocol.ts';
import {
  AddDealMemberBodySchema,
  CreateDealBodySchema,
  DEAL_DOCS,
  DealIdSchema,
  GrantEditBodySchema,
  RevokeEditQuerySchema,
  UpdateDealBodySchema,
} from '../../shared/schemas/deals.ts';
import { ActivityQuerySchema } from '../../shared/schemas/activity.ts';
import { InvitationIdSchema, type InvitationSent } from '../../shared/schemas/invitations.ts';
import { RecordIdSchema } from '../../shared/schemas/taxonomy-fields.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { DealActivity } from './deal-activity.ts';
import type { DealGuard } from './deal-guard.ts';
import type { DealService } from './deal-service.ts';
import type { DealMembershipService } from './membership-service.ts';

export interface DealRouteDeps {
  deals: DealService;
  membership: DealMembershipService;
  activity: DealActivity;
  guard: DealGuard;
}

export function dealRoutes({ deals, membership, activity, guard }: DealRouteDeps): ApiRouter {
  const router = new ApiRouter({ tag: 'deals' });
  const dealIdOf = (params: Record<string, string>) => parseInput(DealIdSchema, params.id);

  router.post('/', { summary: "Open a deal room (from a mutual match, or an existing one is answered)", auth: 'session', body: CreateDealBodySchema, statuses: [200, 201], errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { deal, created } = await deals.create(user, parseInput(CreateDealBodySchema, req.body ?? {}));
    res.status(created ? 201 : 200).json(deal);
  });

  router.get('/', { summary: "The deals I am a member of", auth: 'session' }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ deals: await deals.listMine(user) });
  });

  router.get('/:id', { summary: "Read a deal", auth: 'session', params: { id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await deals.get(user, dealIdOf(req.params)));
  });

  router.patch('/:id', { summary: "Change a deal's title or status (owners)", auth: 'session', params: { id: DealIdSchema }, body: UpdateDealBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await deals.update(user, dealIdOf(req.params), parseInput(UpdateDealBodySchema, req.body)));
  });

  router.post('/:id/members', { summary: "Add a member, or invite an e-mail (202 invitation sent)", auth: 'session', params: { id: DealIdSchema }, body: AddDealMemberBodySchema, statuses: [200, 202], errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const result = await membership.add(user, dealIdOf(req.params), parseInput(AddDealMemberBodySchema, req.body));
    if ('deal' in result) res.json(result.deal);
    else res.status(202).json({ status: 'invitation-sent', invitation: result.invitation } satisfies InvitationSent);
  });

  router.get('/:id/invitations', { summary: "The invitations this deal sent", auth: 'session', params: { id: DealIdSchema }, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json({ invitations: await membership.invitationsSent(user, dealIdOf(req.params)) });
  });

  router.delete('/:id/invitations/:invitationId', { summary: "Take an invitation back", auth: 'session', params: { invitationId: InvitationIdSchema, id: DealIdSchema }, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const invitationId = parseInput(InvitationIdSchema, req.params.invitationId);
    res.json({ invitation: await membership.revokeInvitation(user, dealIdOf(req.params), invitationId) });
  });

  router.delete('/:id/members/:userId', { summary: "Remove a member", auth: 'session', params: { userId: RecordIdSchema, id: DealIdSchema }, statuses: [204], errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    await membership.remove(user, dealIdOf(req.params), parseInput(RecordIdSchema, req.params.userId));
    res.status(204).end();
  });

  router.post('/:id/members/:userId/grant-edit', { summary: "Let a member edit deal documents", auth: 'session', params: { userId: RecordIdSchema, id: DealIdSchema }, body: GrantEditBodySchema, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { docs } = parseInput(GrantEditBodySchema, req.body ?? {});
    res.json(await membership.grantEdit(user, dealIdOf(req.params), parseInput(RecordIdSchema, req.params.userId), docs));
  });

  router.delete('/:id/members/:userId/grant-edit', { summary: "Take back a member's edit grant", auth: 'session', params: { userId: RecordIdSchema, id: DealIdSchema }, query: RevokeEditQuerySchema, errors: [ErrorCode.Forbidden, ErrorCode.Conflict] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { doc } = parseInput(RevokeEditQuerySchema, req.query);
    const docs = doc ? [doc] : [...DEAL_DOCS];
    res.json(await membership.revokeEdit(user, dealIdOf(req.params), parseInput(RecordIdSchema, req.params.userId), docs));
  });

  router.get('/:id/activity', { summary: "The deal's activity trail, paged and filtered", auth: 'session', params: { id: DealIdSchema }, query: ActivityQuerySchema, errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    const dealId = dealIdOf(req.params);
    const { page, pageSize, ...filters } = parseInput(ActivityQuerySchema, req.query);
    const { member } = await guard.member(user, dealId);
    res.json(await activity.page(member, page, pageSize, filters));
  });

  return router;
}
