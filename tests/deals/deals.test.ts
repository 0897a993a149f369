// Deals over real HTTP: opening a deal (the caller as owner), types and bad input, members invited
// by e-mail and joining on acceptance, roles, who may change what, and the deal's activity trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityPage } from '../../shared/schemas/activity.ts';
import type { DealDetail, DealView } from '../../shared/schemas/deals.ts';
import type { InvitationSent } from '../../shared/schemas/invitations.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { acceptForOrg, acceptInvitation } from '../helpers/invitations.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { CERTIFIER, DRONE_MAKER, createOrg } from '../listings/marketplace-helpers.ts';
import { addDealMember, call, openDeal, startDealServer } from './deal-helpers.ts';

describe('deals and members over REST', () => {
  let server: TestServer;
  let owner: TestUser;
  let partner: TestUser;
  let adviser: TestUser;
  let manager: TestUser;
  let outsider: TestUser;

  beforeAll(async () => {
    server = await startDealServer();
    [owner, partner, adviser, manager, outsider] = await Promise.all(
      ['Owner Olu', 'Partner Pan', 'Adviser Ada', 'Manager Mei', 'Outsider Oz'].map((name) => registerUser(server.url, name)),
    );
  });

  afterAll(async () => {
    await server.close();
  });

  it('opens a deal with 201, the caller as owner and party, and names its two documents', async () => {
    const response = await call<DealDetail>(server.url, owner, 'POST', '/api/deals', { title: 'GBA drone testing', type: 'supply' });
    expect(response.status).toBe(201);
    const deal = response.body;
    expect(deal).toMatchObject({ title: 'GBA drone testing', type: 'supply', stage: 'introduced', matchId: null, orgs: [], createdBy: owner.user.id });
    expect(deal.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(deal.docs).toEqual({ dossier: `dossier:${deal.id}`, board: `board:${deal.id}` });
    expect(deal.members).toEqual([expect.objectContaining({ userId: owner.user.id, role: 'party', owner: true, email: owner.user.email })]);
    expect(deal.me.owner).toBe(true);
    expect(deal.can).toEqual({ dossier: 'write', board: 'write', comment: true, manageMembers: true, signFor: null });
  });

  it('accepts everyday names for deal types and refuses unknown ones and missing titles with 400', async () => {
    const aliases: Record<string, string> = { 'service-engagement': 'professional-service', JV: 'joint-venture', licensing: 'technology-licensing', 'market-entry': 'market-entry', investment: 'investment' };
    for (const [sent, stored] of Object.entries(aliases)) {
      const deal = await openDeal(server, owner, { type: sent });
      expect(deal.type).toBe(stored);
    }
    for (const body of [{ title: 'x', type: 'merger' }, { type: 'supply' }, { title: '', type: 'supply' }, { title: 'x'.repeat(161), type: 'supply' }]) {
      const response = await call<{ error: string }>(server.url, owner, 'POST', '/api/deals', body);
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('bad_request');
    }
    expect((await call(server.url, null, 'POST', '/api/deals', { title: 'x', type: 'supply' })).status).toBe(401);
  });

  it('lets the party act for its own organisation and refuses acting for someone else’s', async () => {
    const mine = await createOrg(server.url, owner, DRONE_MAKER);
    const theirs = await createOrg(server.url, partner, CERTIFIER);
    const deal = await openDeal(server, owner, { orgIds: [mine.id, theirs.id] });
    expect(deal.me.orgId).toBe(mine.id);
    // The owner belongs to one of the two: the other is only asked until one of its members accepts.
    expect(deal.orgs.map((org) => org.name)).toEqual(['Pearl River Drones']);
    expect(deal.invitedOrgs.map((org) => org.name)).toEqual(['Harbour Testing & Certification']);
    await acceptForOrg(server.url, partner, deal.id, theirs.id);
    const joined = await call<DealDetail>(server.url, owner, 'GET', `/api/deals/${deal.id}`);
    expect(joined.body.orgs.map((org) => org.name)).toEqual(['Pearl River Drones', 'Harbour Testing & Certification']);
    expect(joined.body.invitedOrgs).toEqual([]);
    const forged = await call(server.url, owner, 'POST', '/api/deals', { title: 'x', type: 'supply', orgIds: [theirs.id], actingOrgId: theirs.id });
    expect(forged.status).toBe(403);
    expect((await call(server.url, owner, 'POST', '/api/deals', { title: 'x', type: 'supply', orgIds: ['no-such-org'] })).status).toBe(404);
  });

  it('shows a deal to its members only and lists each person’s own deals', async () => {
    const deal = await openDeal(server, owner, { title: 'Members only' });
    await addDealMember(server, owner, deal.id, adviser, 'adviser');
    expect((await call(server.url, adviser, 'GET', `/api/deals/${deal.id}`)).status).toBe(200);
    expect((await call(server.url, outsider, 'GET', `/api/deals/${deal.id}`)).status).toBe(404);
    expect((await call(server.url, outsider, 'GET', '/api/deals/no-such-deal')).status).toBe(404);
    const listed = await call<{ deals: DealView[] }>(server.url, adviser, 'GET', '/api/deals');
    expect(listed.body.deals.map((entry) => entry.id)).toContain(deal.id);
    const outsiderList = await call<{ deals: DealView[] }>(server.url, outsider, 'GET', '/api/deals');
    expect(outsiderList.body.deals.map((entry) => entry.id)).not.toContain(deal.id);
  });

  it('invites by e-mail with 202, adds on acceptance, changes a role with 200, and gives each role its permissions', async () => {
    const deal = await openDeal(server, owner);
    const invited = await call<InvitationSent>(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email: adviser.user.email, role: 'adviser' });
    expect(invited.status).toBe(202);
    expect(invited.body).toMatchObject({ status: 'invitation-sent', invitation: { state: 'pending', email: adviser.user.email, role: 'adviser' } });
    await acceptInvitation(server.url, adviser, invited.body.invitation.id);
    const added = await call<DealDetail>(server.url, owner, 'GET', `/api/deals/${deal.id}`);
    expect(added.body.members.find((member) => member.userId === adviser.user.id)).toMatchObject({ role: 'adviser', owner: false, editGrants: [] });
    await addDealMember(server, owner, deal.id, manager, 'manager');
    const changed = await call<DealDetail>(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email: adviser.user.email.toUpperCase(), role: 'party' });
    expect(changed.status).toBe(200);
    const asAdviser = await call<DealDetail>(server.url, adviser, 'GET', `/api/deals/${deal.id}`);
    expect(asAdviser.body.can).toMatchObject({ dossier: 'write', board: 'write', manageMembers: false });
    const asManager = await call<DealDetail>(server.url, manager, 'GET', `/api/deals/${deal.id}`);
    expect(asManager.body.can).toEqual({ dossier: 'read', board: 'read', comment: true, manageMembers: false, signFor: null });
  });

  it('refuses membership changes from anyone but an owner with 403, and invites unknown e-mails like known ones', async () => {
    const deal = await openDeal(server, owner);
    await addDealMember(server, owner, deal.id, partner, 'party');
    await addDealMember(server, owner, deal.id, adviser, 'adviser');
    const byParty = await call<{ error: string }>(server.url, partner, 'POST', `/api/deals/${deal.id}/members`, { email: outsider.user.email, role: 'party' });
    expect(byParty.status).toBe(403);
    expect(byParty.body.error).toBe('forbidden');
    expect((await call(server.url, adviser, 'DELETE', `/api/deals/${deal.id}/members/${partner.user.id}`)).status).toBe(403);
    expect((await call(server.url, outsider, 'POST', `/api/deals/${deal.id}/members`, { email: outsider.user.email, role: 'party' })).status).toBe(404);
    expect((await call(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email: 'nobody@example.com', role: 'party' })).status).toBe(202);
    expect((await call(server.url, owner, 'POST', `/api/deals/${deal.id}/members`, { email: outsider.user.email, role: 'owner' })).status).toBe(400);
    const view = await call<DealDetail>(server.url, owner, 'GET', `/api/deals/${deal.id}`);
    expect(view.body.members.map((member) => member.userId)).not.toContain(outsider.user.id);
  });

  it('lets a member leave, keeps the last owner, and lets a party grant an adviser edit rights', async () => {
    const deal = await openDeal(server, owner);
    await addDealMember(server, owner, deal.id, partner, 'party');
    await addDealMember(server, owner, deal.id, adviser, 'adviser');
    expect((await call(server.url, owner, 'DELETE', `/api/deals/${deal.id}/members/${owner.user.id}`)).status).toBe(409);
    expect((await call(server.url, adviser, 'POST', `/api/deals/${deal.id}/members/${adviser.user.id}/grant-edit`, {})).status).toBe(403);
    expect((await call(server.url, partner, 'POST', `/api/deals/${deal.id}/members/${owner.user.id}/grant-edit`, {})).status).toBe(409);
    const granted = await call<DealDetail>(server.url, partner, 'POST', `/api/deals/${deal.id}/members/${adviser.user.id}/grant-edit`, { docs: ['dossier'] });
    expect(granted.status).toBe(200);
    const asAdviser = await call<DealDetail>(server.url, adviser, 'GET', `/api/deals/${deal.id}`);
    expect(asAdviser.body.can).toMatchObject({ dossier: 'write', board: 'read' });
    expect((await call(server.url, partner, 'DELETE', `/api/deals/${deal.id}/members/${partner.user.id}`)).status).toBe(204);
    expect((await call(server.url, partner, 'GET', `/api/deals/${deal.id}`)).status).toBe(404);
  });

  it('refuses a stage in PATCH with 400 naming the stage endpoints, and leaves the stage alone', async () => {
    const deal = await openDeal(server, owner);
    await addDealMember(server, owner, deal.id, partner, 'party');
    const refused = await call<{ details: { message: string }[] }>(server.url, partner, 'PATCH', `/api/deals/${deal.id}`, { stage: 'due-diligence' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.details)).toContain('/api/deals/:id/stage');
    expect((await call(server.url, owner, 'PATCH', `/api/deals/${deal.id}`, { title: 'Renamed', stage: 'nda' })).status).toBe(400);
    const after = await call<DealDetail>(server.url, owner, 'GET', `/api/deals/${deal.id}`);
    expect(after.body).toMatchObject({ stage: 'introduced', title: deal.title });
  });

  it('records every membership and stage command in the deal’s activity trail, newest first, in pages', async () => {
    const deal = await openDeal(server, owner);
    await addDealMember(server, owner, deal.id, partner, 'party');
    await addDealMember(server, owner, deal.id, adviser, 'adviser');
    await call(server.url, partner, 'POST', `/api/deals/${deal.id}/members/${adviser.user.id}/grant-edit`, {});
    expect((await call(server.url, owner, 'POST', `/api/deals/${deal.id}/stage`, { to: 'nda' })).status).toBe(200);
    await call(server.url, owner, 'DELETE', `/api/deals/${deal.id}/members/${adviser.user.id}`);
    const first = await call<ActivityPage>(server.url, partner, 'GET', `/api/deals/${deal.id}/activity?pageSize=4`);
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(8);
    expect(first.body.activity.map((entry) => entry.action)).toEqual(['deal.member-removed', 'deal.stage-changed', 'deal.edit-granted', 'deal.member-joined']);
    expect(first.body.activity[1]).toMatchObject({ actor: { id: owner.user.id, name: 'Owner Olu' }, before: { stage: 'introduced' }, after: { stage: 'nda' } });
    expect(first.body.activity[3]).toMatchObject({ actor: { id: adviser.user.id }, after: { userId: adviser.user.id, role: 'adviser' } });
    const second = await call<ActivityPage>(server.url, partner, 'GET', `/api/deals/${deal.id}/activity?pageSize=4&page=2`);
    expect(second.body.activity.map((entry) => entry.action)).toEqual(['deal.member-invited', 'deal.member-joined', 'deal.member-invited', 'deal.created']);
    expect((await call(server.url, outsider, 'GET', `/api/deals/${deal.id}/activity`)).status).toBe(404);
  });
});
