// An organisation joins a deal only with its consent, and dashboards count only what their viewer
// could see anyway: a deal naming someone else's organisation leaves it "invited" (no match
// counts, no row organisation, nothing in the CSV) until one of its members accepts; a decline
// drops it; a deal opened from a mutual match has both sides at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardMatchCountsEvent, DashboardView } from '../../shared/schemas/dashboard.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { InvitationView } from '../../shared/schemas/invitations.ts';
import type { ListingMatch } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { acceptForOrg, myInvitations } from '../helpers/invitations.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { addDealMember, call, openDeal, record, type AppSocket } from '../deals/deal-helpers.ts';
import { CERTIFIER, DRONE_MAKER, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';
import { startDashboardServer, watchDashboard } from './dashboard-helpers.ts';

describe('organisations join deals only with consent; dashboards count only consented organisations', () => {
  let server: TestServer;
  let maker: TestUser;
  let certifier: TestUser;
  let snoop: TestUser;
  let manager: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;
  const sockets: AppSocket[] = [];

  const dashboardOf = async (user: TestUser) => (await call<DashboardView>(server.url, user, 'GET', '/api/dashboard')).body;
  const dealAs = async (user: TestUser, dealId: string) => (await call<DealDetail>(server.url, user, 'GET', `/api/deals/${dealId}`)).body;
  const deal = (title: string, orgIds: string[]) => ({ title, type: 'other', orgIds, creatorRole: 'manager' });

  beforeAll(async () => {
    server = await startDashboardServer();
    [maker, certifier, snoop, manager] = await Promise.all(['Maker Mo', 'Certifier Cai', 'Snoop Sy', 'Manager Mak'].map((name) => registerUser(server.url, name)));
    makerOrg = await createOrg(server.url, maker, DRONE_MAKER);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(() => server.close());

  async function countsOn(user: TestUser): Promise<DashboardMatchCountsEvent[]> {
    const socket = await watchDashboard(server, user);
    sockets.push(socket);
    return record(socket, 'dashboard:match-counts-updated');
  }

  it('a deal naming an organisation the creator is not in only invites it: no counts, no row organisation, no CSV line', async () => {
    const watched = await call<DealDetail>(server.url, snoop, 'POST', '/api/deals', deal('Watching the certifier', [certifierOrg.id]));
    expect(watched.status).toBe(201);
    expect(watched.body.orgs).toEqual([]);
    expect(watched.body.invitedOrgs).toEqual([{ id: certifierOrg.id, name: CERTIFIER.name }]);
    // A consented control: the maker's own deal, with a manager, shows the same matches rising.
    const control = await openDeal(server, maker, deal('Maker’s own pipeline', [makerOrg.id]));
    await addDealMember(server, maker, control.id, manager, 'manager');
    const snoopCounts = await countsOn(snoop);
    const managerCounts = await countsOn(manager);

    await createListing(server.url, certifier, offerFor(certifierOrg.id, { anonymous: true }));
    await createListing(server.url, maker, needFor(makerOrg.id));
    await waitFor(() => (managerCounts.at(-1)?.counts.matches ?? 0) >= 1, 'the control manager’s counts to rise');
    expect(snoopCounts).toEqual([]);
    const snoops = await dashboardOf(snoop);
    expect(snoops.matchCounts).toEqual({ matches: 0, mutual: 0, introductions: 0 });
    expect(snoops.rows.find((row) => row.id === watched.body.id)?.orgs).toEqual([]);
    const csv = await fetch(`${server.url}/api/dashboard.csv`, { headers: { authorization: `Bearer ${snoop.token}` } });
    expect(await csv.text()).not.toContain(CERTIFIER.name);
  });

  it('tells the invited organisation’s members, and a decline drops it from the deal', async () => {
    const asked = await call<DealDetail>(server.url, snoop, 'POST', '/api/deals', deal('Asking the certifier', [certifierOrg.id]));
    let invitation: InvitationView | undefined;
    await waitFor(async () => (invitation = (await myInvitations(server.url, certifier)).find((item) => item.target.id === asked.body.id)) !== undefined, 'the certifier’s invitation');
    expect(invitation).toMatchObject({ kind: 'deal-org', state: 'pending', org: { id: certifierOrg.id }, invitedBy: { id: snoop.user.id }, target: { kind: 'deal', title: 'Asking the certifier' } });
    expect((await call(server.url, certifier, 'GET', `/api/deals/${asked.body.id}`)).status).toBe(404);
    expect((await call(server.url, maker, 'POST', `/api/invitations/${invitation?.id}/decline`)).status).toBe(404);
    expect((await call(server.url, certifier, 'POST', `/api/invitations/${invitation?.id}/decline`)).status).toBe(200);
    const after = await dealAs(snoop, asked.body.id);
    expect([after.orgs, after.invitedOrgs]).toEqual([[], []]);
    expect((await call(server.url, certifier, 'POST', `/api/invitations/${invitation?.id}/accept`)).status).toBe(409);
  });

  it('a member accepting brings the organisation in, as a party, and its counts onto the managers’ dashboards', async () => {
    // A match between the certifier and a third organisation: the manager may count it only once the certifier consents.
    const lab = await registerUser(server.url, 'Lab Lee');
    const labOrg = await createOrg(server.url, lab, { name: 'Kowloon Drone Lab', region: 'hk', sectors: ['drones'] });
    await createListing(server.url, lab, needFor(labOrg.id, { title: 'Seeking drone certification for our prototypes' }));
    const opened = await openDeal(server, maker, { title: 'Certification for the EU', orgIds: [makerOrg.id, certifierOrg.id] });
    await addDealMember(server, maker, opened.id, manager, 'manager');
    const before = (await dashboardOf(manager)).matchCounts.matches;
    const managerCounts = await countsOn(manager);
    await acceptForOrg(server.url, certifier, opened.id, certifierOrg.id);
    const joined = await dealAs(certifier, opened.id);
    expect(joined.orgs.map((org) => org.id)).toEqual([makerOrg.id, certifierOrg.id]);
    expect(joined.invitedOrgs).toEqual([]);
    expect(joined.me).toMatchObject({ role: 'party', orgId: certifierOrg.id });
    await waitFor(() => (managerCounts.at(-1)?.counts.matches ?? 0) > before, 'the certifier’s matches on the manager’s dashboard');
    const after = await dashboardOf(manager);
    expect(after.matchCounts).toEqual(managerCounts.at(-1)?.counts);
    expect(after.rows.find((row) => row.id === opened.id)?.orgs.map((org) => org.id)).toEqual([makerOrg.id, certifierOrg.id]);
  });

  it('a deal opened from a mutual match has both organisations at once, with no invitation', async () => {
    const need = await createListing(server.url, maker, needFor(makerOrg.id, { title: 'Seeking UKCA testing for drones' }));
    const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id, { title: 'UKCA testing for drones' }));
    const found = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches?limit=50`);
    const matchId = found.body.matches.find((match) => match.listing.id === offer.id)?.matchId;
    await call(server.url, maker, 'POST', `/api/matches/${matchId}/interest`);
    await call(server.url, certifier, 'POST', `/api/matches/${matchId}/interest`);
    const opened = await call<DealDetail>(server.url, maker, 'POST', '/api/deals', { matchId });
    expect(opened.status).toBe(201);
    expect(opened.body.orgs.map((org) => org.id)).toEqual([makerOrg.id, certifierOrg.id]);
    expect(opened.body.invitedOrgs).toEqual([]);
    expect((await myInvitations(server.url, certifier)).filter((item) => item.target.id === opened.body.id)).toEqual([]);
  });
});
