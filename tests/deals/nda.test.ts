// The NDA of a deal room over real sockets and the embedded store: owners publish versions,
// members read and accept the current one (a stale one is refused), the record shows who accepted
// what from where, and a new version shuts out at once everyone who has not accepted it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CollabCloseCode } from '../../shared/protocol.ts';
import type { ActivityPage } from '../../shared/schemas/activity.ts';
import type { DashboardView } from '../../shared/schemas/dashboard.ts';
import type { DealView } from '../../shared/schemas/deals.ts';
import type { HomeView } from '../../shared/schemas/home.ts';
import type { NdaChanged, NdaGateView, NdaRecordView } from '../../shared/schemas/nda.ts';
import type { NotificationPage } from '../../shared/schemas/notifications.ts';
import { ndaTemplate } from '../../shared/nda-templates.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { buildSecurityWorld, type SecurityWorld } from '../security/security-world.ts';
import { upgradeStatus } from '../security/ws-probe.ts';
import { call, Peers, record, startDealServer } from './deal-helpers.ts';
import type { TestUser } from '../helpers/api.ts';

describe('deal NDA', () => {
  let server: TestServer;
  let world: SecurityWorld;
  const peers = new Peers(() => server);
  const nda = () => `/api/deals/${world.deal.id}/nda`;

  async function publish(text: string): Promise<NdaGateView> {
    const response = await call<NdaGateView>(server.url, world.owner, 'POST', nda(), { required: true, text, lang: 'en' });
    expect(response.status).toBe(201);
    return response.body;
  }

  async function accept(user: TestUser): Promise<NdaGateView> {
    const gate = (await call<NdaGateView>(server.url, user, 'GET', nda())).body;
    const response = await call<NdaGateView>(server.url, user, 'POST', `${nda()}/accept`, { version: gate.current?.version, sha256: gate.current?.sha256 }, { 'user-agent': 'NdaTest/1.0' });
    expect(response.status).toBe(200);
    return response.body;
  }

  beforeAll(async () => {
    server = await startDealServer();
    world = await buildSecurityWorld(server);
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(() => peers.closeAll());

  it('gates a member until they accept the current version, then lets them in', async () => {
    const text = ndaTemplate('supply', 'en');
    const published = await publish(text);
    expect(published).toMatchObject({ pending: false, owner: true, current: { version: 1, required: true, text } });
    expect(published.current?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const refused = await call<{ error: string; details: unknown }>(server.url, world.adviser, 'GET', `/api/deals/${world.deal.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'nda_required', details: { dealId: world.deal.id, version: 1 } });
    const gate = (await call<NdaGateView>(server.url, world.adviser, 'GET', nda())).body;
    expect(gate).toMatchObject({ title: world.deal.title, pending: true, acceptedAt: null, owner: false, current: { version: 1, text } });

    const accepted = await accept(world.adviser);
    expect(accepted.pending).toBe(false);
    expect(accepted.acceptedAt).not.toBeNull();
    expect((await call(server.url, world.adviser, 'GET', `/api/deals/${world.deal.id}`)).status).toBe(200);
  });

  it('refuses a stale version or hash (409), a malformed body (400), a non-owner publish (403), an outsider (404)', async () => {
    const current = (await call<NdaGateView>(server.url, world.party, 'GET', nda())).body.current;
    if (!current) throw new Error('no NDA');
    const stale = await call(server.url, world.party, 'POST', `${nda()}/accept`, { version: current.version + 1, sha256: current.sha256 });
    expect(stale.status).toBe(409);
    const wrongText = await call(server.url, world.party, 'POST', `${nda()}/accept`, { version: current.version, sha256: '0'.repeat(64) });
    expect(wrongText.status).toBe(409);
    for (const body of [{}, { version: 'one', sha256: current.sha256 }, { version: 1, sha256: 'abc' }, { version: 1, sha256: current.sha256, extra: true }]) {
      expect((await call(server.url, world.party, 'POST', `${nda()}/accept`, body)).status).toBe(400);
    }
    for (const body of [{ required: true, text: '   ', lang: 'en' }, { required: true, text: 'x' }, { required: 'yes' }, { required: true, text: 'x'.repeat(40_001), lang: 'en' }]) {
      expect((await call(server.url, world.owner, 'POST', nda(), body)).status).toBe(400);
    }
    expect((await call(server.url, world.manager, 'POST', nda(), { required: true, text: 'Mine', lang: 'en' })).status).toBe(403);
    expect((await call(server.url, world.outsider, 'GET', nda())).status).toBe(404);
    expect((await call(server.url, world.outsider, 'POST', `${nda()}/accept`, { version: current.version, sha256: current.sha256 })).status).toBe(404);
    expect((await call<NdaGateView>(server.url, world.party, 'GET', nda())).body.pending).toBe(true);
  });

  /** The ids of the deals on the user's dashboard. */
  async function dashboardDealIds(user: TestUser): Promise<string[]> {
    return (await call<DashboardView>(server.url, user, 'GET', '/api/dashboard')).body.rows.map((row) => row.id);
  }

  it('tells a member before accepting nothing of the room: deal list, pushes, home page, notifications, dashboard', async () => {
    const listed = (await call<{ deals: DealView[] }>(server.url, world.party, 'GET', '/api/deals')).body.deals.find((entry) => entry.id === world.deal.id);
    expect(listed).toMatchObject({ title: world.deal.title, stage: world.deal.stage, ndaPending: true, description: '', members: [], listingIds: [] });
    const home = (await call<HomeView>(server.url, world.party, 'GET', '/api/home')).body;
    expect(home.deals.items.map((item) => item.dealId)).toContain(world.deal.id);
    expect(home.signoffs.items.filter((item) => item.dealId === world.deal.id)).toEqual([]);
    const partySocket = await peers.socket(world.party);
    const adviserSocket = await peers.socket(world.adviser);
    const [toParty, toAdviser] = [partySocket, adviserSocket].map((socket) => record(socket, 'notification:created'));
    // The shared world asks questions before the NDA is required; what the party heard then stays theirs.
    const dealNotices = async () => (await call<NotificationPage>(server.url, world.party, 'GET', '/api/notifications')).body.notifications.filter((notice) => notice.subject.id === world.deal.id);
    const heardBefore = await dealNotices();
    const body = `@${world.party.user.email} and @${world.adviser.user.email}: see the Incoterm.`;
    expect((await call(server.url, world.owner, 'POST', `/api/deals/${world.deal.id}/comments`, { anchor: { type: 'term', termId: world.termId }, body })).status).toBe(201);
    await waitFor(() => toAdviser.length === 1, 'the mention reaches the adviser');
    expect(await dealNotices()).toEqual(heardBefore);
    expect(toParty).toEqual([]);
    // The manager in front of the NDA has no dashboard row of the deal, nor its figures on the home page.
    expect(await dashboardDealIds(world.manager)).not.toContain(world.deal.id);
    expect((await call<HomeView>(server.url, world.manager, 'GET', '/api/home')).body.pipeline).toBeNull();
  });

  it('a new version cuts open collaboration sockets and the Socket.IO room of everyone who has not accepted it', async () => {
    await accept(world.party);
    const dossier = await peers.doc(world.party, world.deal.docs.dossier, true);
    const board = await peers.doc(world.party, world.deal.docs.board, true);
    const partySocket = await peers.socket(world.party, world.deal.id);
    const ownerSocket = await peers.socket(world.owner, world.deal.id);
    const changed = record(partySocket, 'deal:nda-changed');
    const partyUpdates = record(partySocket, 'deal:updated');
    const ownerUpdates = record(ownerSocket, 'deal:updated');

    await publish(`${ndaTemplate('supply', 'en')}\n\n9. Counterparts. This agreement may be accepted by each member separately.`);
    await waitFor(() => dossier.closeEvents.includes(CollabCloseCode.AccessRevoked), 'dossier socket closed');
    await waitFor(() => board.closeEvents.includes(CollabCloseCode.AccessRevoked), 'board socket closed');
    await waitFor(() => changed.length === 1, 'the NDA-changed push');
    expect(changed[0]).toEqual({ dealId: world.deal.id, version: 2, required: true, pending: true } satisfies NdaChanged);

    await call(server.url, world.owner, 'PATCH', `/api/deals/${world.deal.id}`, { description: 'After the new NDA' });
    await waitFor(() => ownerUpdates.length === 1, 'the owner hears the change');
    expect(partyUpdates).toEqual([]);
    expect(await upgradeStatus(`${server.wsUrl}/collab/${world.deal.docs.dossier}?token=${world.party.token}`)).toBe(403);
    expect(await partySocket.emitWithAck('deal:join', { dealId: world.deal.id })).toMatchObject({ error: 'nda_required' });

    await accept(world.party);
    expect(await upgradeStatus(`${server.wsUrl}/collab/${world.deal.docs.dossier}?token=${world.party.token}`)).toBe(101);
    expect(await partySocket.emitWithAck('deal:join', { dealId: world.deal.id })).toHaveProperty('data');
  });

  it('shows owners who accepted which version from where, as JSON, CSV and in the activity trail', async () => {
    const view = (await call<NdaRecordView>(server.url, world.owner, 'GET', `${nda()}/record`)).body;
    expect(view.versions.map((version) => version.version)).toEqual([2, 1]);
    const acceptances = view.acceptances.map((entry) => `${entry.version}:${entry.name}`);
    expect(acceptances).toEqual(['2:Owner', '2:Party', '1:Owner', '1:Adviser', '1:Party']);
    const party = view.acceptances.find((entry) => entry.userId === world.party.user.id && entry.version === 2);
    expect(party).toMatchObject({ orgId: world.certifierOrgId, userAgent: 'NdaTest/1.0', sha256: view.versions[0].sha256 });
    expect(party?.ip).toMatch(/127\.0\.0\.1/);
    expect(view.pending.map((member) => member.name).sort()).toEqual(['Adviser', 'Editor', 'Manager']);

    const csv = await fetch(`${server.url}${nda()}/record.csv`, { headers: { authorization: `Bearer ${world.owner.token}` } });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('version,name,e-mail,organisation,accepted at,IP address,user agent,SHA-256 of the text');
    expect(lines).toHaveLength(6);
    expect((await call(server.url, world.party, 'GET', `${nda()}/record`)).status).toBe(403);
    expect((await fetch(`${server.url}${nda()}/record.csv`, { headers: { authorization: `Bearer ${world.party.token}` } })).status).toBe(403);

    const trail = (await call<ActivityPage>(server.url, world.owner, 'GET', `/api/deals/${world.deal.id}/activity?pageSize=50`)).body;
    const actions = trail.activity.map((entry) => entry.action).filter((action) => action.startsWith('deal.nda'));
    expect(actions.filter((action) => action === 'deal.nda-published')).toHaveLength(2);
    expect(actions.filter((action) => action === 'deal.nda-accepted')).toHaveLength(5);
  });

  it('switching the requirement off is a version too, and lets everyone back in (live on the dashboard)', async () => {
    const dashboard = await peers.socket(world.manager);
    expect(await dashboard.emitWithAck('dashboard:watch')).toEqual({ data: { scope: 'manager' } });
    const rows = record(dashboard, 'dashboard:deal-updated');
    const response = await call<NdaGateView>(server.url, world.owner, 'POST', nda(), { required: false });
    expect(response.status).toBe(201);
    expect(response.body.current).toMatchObject({ version: 3, required: false, text: '' });
    expect((await call(server.url, world.manager, 'GET', `/api/deals/${world.deal.id}`)).status).toBe(200);
    expect((await call(server.url, world.manager, 'POST', `${nda()}/accept`, { version: 3, sha256: response.body.current?.sha256 })).status).toBe(409);
    await waitFor(() => rows.some(({ row }) => row.id === world.deal.id), 'the manager’s dashboard gets the row back');
    expect(await dashboardDealIds(world.manager)).toContain(world.deal.id);

    const removed = record(dashboard, 'dashboard:deal-removed');
    await publish('Version four.');
    await waitFor(() => removed.some(({ dealId }) => dealId === world.deal.id), 'a new version takes the row off the pending manager’s dashboard');
    expect(await dashboardDealIds(world.manager)).not.toContain(world.deal.id);
    await accept(world.manager);
    expect(await dashboardDealIds(world.manager)).toContain(world.deal.id);
  });

  it('a member who has not accepted may still leave the deal', async () => {
    await publish('A short agreement.');
    expect((await call(server.url, world.editor, 'DELETE', `/api/deals/${world.deal.id}/members/${world.editor.user.id}`)).status).toBe(204);
    expect((await call(server.url, world.editor, 'GET', nda())).status).toBe(404);
  });
});
