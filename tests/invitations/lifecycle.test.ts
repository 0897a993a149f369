// Invitations over real HTTP and Socket.IO: inviting an e-mail says "invitation sent" and nothing
// more, whether or not an account uses it; the invitee sees nothing of the deal or organisation
// until they accept; they may decline; the inviting side lists and takes back what it sent; a
// party invitation brings a pending organisation in only through one of its members.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DealDetail, DealView } from '../../shared/schemas/deals.ts';
import type { InvitationSent, InvitationView, SentInvitationView } from '../../shared/schemas/invitations.ts';
import type { NotificationPage } from '../../shared/schemas/notifications.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { postJson, registerUser, STRONG_PASSWORD, type TestUser } from '../helpers/api.ts';
import { myInvitations } from '../helpers/invitations.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, connectSocket, openDeal, record, startDealServer, type AppSocket } from '../deals/deal-helpers.ts';
import { CERTIFIER, createOrg } from '../listings/marketplace-helpers.ts';

describe('invitations to organisations and deals', () => {
  let server: TestServer;
  let owner: TestUser;
  let invitee: TestUser;
  let stranger: TestUser;
  const sockets: AppSocket[] = [];

  const invite = (path: string, body: Record<string, unknown>, as = owner) => call<InvitationSent>(server.url, as, 'POST', path, body);
  const answer = (user: TestUser, id: string, verb: 'accept' | 'decline') => call(server.url, user, 'POST', `/api/invitations/${id}/${verb}`, {});
  const pendingOf = async (user: TestUser, targetId: string) => (await myInvitations(server.url, user)).filter((item) => item.target.id === targetId);

  beforeAll(async () => {
    server = await startDealServer();
    [owner, invitee, stranger] = await Promise.all(['Owner Olu', 'Invitee Ivy', 'Stranger Sam'].map((name) => registerUser(server.url, name)));
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(() => server.close());

  it('answers inviting an existing and an unknown e-mail the same way, for deals and organisations', async () => {
    const deal = await openDeal(server, owner);
    const org = await createOrg(server.url, owner);
    for (const path of [`/api/deals/${deal.id}/members`, `/api/orgs/${org.id}/members`]) {
      const role = path.includes('/deals/') ? 'adviser' : 'member';
      const known = await invite(path, { email: invitee.user.email, role });
      const unknown = await invite(path, { email: `nobody-${randomUUID().slice(0, 8)}@example.com`, role });
      expect([known.status, unknown.status]).toEqual([202, 202]);
      const shape = (sent: InvitationSent) => ({ ...sent, invitation: { ...sent.invitation, id: 'x', email: 'x', invitedAt: 'x', expiresAt: 'x' } });
      expect(shape(known.body)).toEqual(shape(unknown.body));
      expect(Object.keys(known.body.invitation).sort()).toEqual(['answeredAt', 'email', 'expiresAt', 'id', 'invitedAt', 'invitedBy', 'kind', 'lang', 'orgId', 'role', 'state']);
    }
  });

  it('shows the invitee nothing of the deal before they accept, then everything their role allows', async () => {
    const deal = await openDeal(server, owner, { title: 'Drone parts for the EU' });
    const socket = await connectSocket(server.url, invitee);
    sockets.push(socket);
    const added = record(socket, 'deal:added');
    const sent = await invite(`/api/deals/${deal.id}/members`, { email: invitee.user.email, role: 'party' });
    expect(sent.body.invitation.state).toBe('pending');

    expect((await call(server.url, invitee, 'GET', `/api/deals/${deal.id}`)).status).toBe(404);
    expect((await call(server.url, invitee, 'GET', `/api/deals/${deal.id}/activity`)).status).toBe(404);
    expect((await call<{ deals: DealView[] }>(server.url, invitee, 'GET', '/api/deals')).body.deals.map((item) => item.id)).not.toContain(deal.id);
    expect('data' in (await socket.emitWithAck('deal:join', { dealId: deal.id }))).toBe(false);
    const owners = await call<DealDetail>(server.url, owner, 'GET', `/api/deals/${deal.id}`);
    expect(owners.body.members.map((member) => member.userId)).not.toContain(invitee.user.id);
    expect(added).toEqual([]);

    const [pending] = await pendingOf(invitee, deal.id);
    expect(pending).toMatchObject({ kind: 'deal', role: 'party', state: 'pending', target: { kind: 'deal', title: 'Drone parts for the EU' }, invitedBy: { id: owner.user.id, name: 'Owner Olu' } });
    await waitFor(async () => (await call<NotificationPage>(server.url, invitee, 'GET', '/api/notifications?type=deal.invitation')).body.total > 0, 'the invitation notification');
    expect(await pendingOf(stranger, deal.id)).toEqual([]);
    expect((await answer(stranger, pending.id, 'accept')).status).toBe(404);

    const accepted = await call<{ invitation: InvitationView; joined: { kind: string; id: string } }>(server.url, invitee, 'POST', `/api/invitations/${pending.id}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ invitation: { state: 'accepted' }, joined: { kind: 'deal', id: deal.id } });
    expect((await call<DealDetail>(server.url, invitee, 'GET', `/api/deals/${deal.id}`)).body.me.role).toBe('party');
    await waitFor(() => added.some((item) => item.id === deal.id), 'deal:added after accepting');
    expect((await answer(invitee, pending.id, 'accept')).status).toBe(409);
    expect(await pendingOf(invitee, deal.id)).toEqual([]);
  });

  it('lets the invitee decline: they stay outside and the owner sees “declined”', async () => {
    const org = await createOrg(server.url, owner, { name: 'Declined Ltd', region: 'hk', sectors: ['drones'] });
    const sent = await invite(`/api/orgs/${org.id}/members`, { email: invitee.user.email, role: 'member' });
    expect((await call<OrgView>(server.url, invitee, 'GET', `/api/orgs/${org.id}`)).body).toMatchObject({ myRole: null });
    expect((await call<OrgView>(server.url, invitee, 'GET', `/api/orgs/${org.id}`)).body.members).toBeUndefined();
    expect((await answer(invitee, sent.body.invitation.id, 'decline')).status).toBe(200);
    expect((await call<OrgView>(server.url, invitee, 'GET', `/api/orgs/${org.id}`)).body.myRole).toBeNull();
    const listed = await call<{ invitations: SentInvitationView[] }>(server.url, owner, 'GET', `/api/orgs/${org.id}/invitations`);
    expect(listed.body.invitations).toEqual([expect.objectContaining({ id: sent.body.invitation.id, state: 'declined' })]);
    expect((await answer(invitee, sent.body.invitation.id, 'accept')).status).toBe(409);
  });

  it('lets the inviting side list and take back pending invitations, and nobody else', async () => {
    const deal = await openDeal(server, owner);
    const sent = await invite(`/api/deals/${deal.id}/members`, { email: invitee.user.email, role: 'manager' });
    const listPath = `/api/deals/${deal.id}/invitations`;
    expect((await call(server.url, stranger, 'GET', listPath)).status).toBe(404);
    expect((await call(server.url, stranger, 'DELETE', `${listPath}/${sent.body.invitation.id}`)).status).toBe(404);
    const listed = await call<{ invitations: SentInvitationView[] }>(server.url, owner, 'GET', listPath);
    expect(listed.body.invitations.map((item) => [item.email, item.state])).toEqual([[invitee.user.email, 'pending']]);
    const revoked = await call<{ invitation: SentInvitationView }>(server.url, owner, 'DELETE', `${listPath}/${sent.body.invitation.id}`);
    expect(revoked).toMatchObject({ status: 200, body: { invitation: { state: 'revoked' } } });
    expect(await pendingOf(invitee, deal.id)).toEqual([]);
    expect((await answer(invitee, sent.body.invitation.id, 'accept')).status).toBe(409);
    expect((await call(server.url, owner, 'DELETE', `${listPath}/${sent.body.invitation.id}`)).status).toBe(409);
    expect((await call(server.url, invitee, 'GET', `/api/deals/${deal.id}`)).status).toBe(404);
  });

  it('keeps an invitation for an e-mail nobody uses yet, for whoever signs up with it', async () => {
    const org = await createOrg(server.url, owner, { name: 'Waiting Ltd', region: 'hk', sectors: ['drones'] });
    const email = `later-${randomUUID().slice(0, 8)}@example.com`;
    await invite(`/api/orgs/${org.id}/members`, { email, role: 'member' });
    const signedUp = await postJson(`${server.url}/api/auth/register`, { name: 'Late Lou', email, password: STRONG_PASSWORD });
    const newcomer = { ...((await signedUp.json()) as Omit<TestUser, 'cookie' | 'password'>), password: STRONG_PASSWORD, cookie: '' };
    const [pending] = await pendingOf(newcomer, org.id);
    expect(pending).toMatchObject({ kind: 'org', target: { kind: 'org', title: 'Waiting Ltd' } });
    expect((await answer(newcomer, pending.id, 'accept')).status).toBe(200);
    expect((await call<OrgView>(server.url, newcomer, 'GET', `/api/orgs/${org.id}`)).body.myRole).toBe('member');
  });

  it('brings a pending organisation into a deal only through a member of it accepting as its party', async () => {
    const certifierOrg = await createOrg(server.url, invitee, CERTIFIER);
    const deal = await openDeal(server, owner, { orgIds: [certifierOrg.id] });
    expect(deal.invitedOrgs.map((org) => org.id)).toEqual([certifierOrg.id]);
    // The stranger is not a member of the certifier: their acceptance cannot speak for it.
    const forStranger = await invite(`/api/deals/${deal.id}/members`, { email: stranger.user.email, role: 'party', orgId: certifierOrg.id });
    expect(forStranger.status).toBe(202);
    expect((await answer(stranger, forStranger.body.invitation.id, 'accept')).status).toBe(409);
    expect((await call<DealDetail>(server.url, owner, 'GET', `/api/deals/${deal.id}`)).body.invitedOrgs.map((org) => org.id)).toEqual([certifierOrg.id]);
    const forMember = await invite(`/api/deals/${deal.id}/members`, { email: invitee.user.email, role: 'party', orgId: certifierOrg.id });
    expect((await answer(invitee, forMember.body.invitation.id, 'accept')).status).toBe(200);
    const joined = await call<DealDetail>(server.url, invitee, 'GET', `/api/deals/${deal.id}`);
    expect(joined.body.orgs.map((org) => org.id)).toEqual([certifierOrg.id]);
    expect(joined.body.invitedOrgs).toEqual([]);
    expect(joined.body.me).toMatchObject({ role: 'party', orgId: certifierOrg.id });
    // An organisation the deal never named cannot be put in through an invitation.
    const other = await createOrg(server.url, stranger, { name: 'Unnamed Ltd', region: 'hk', sectors: ['drones'] });
    expect((await invite(`/api/deals/${deal.id}/members`, { email: stranger.user.email, role: 'party', orgId: other.id })).status).toBe(400);
  });
});
