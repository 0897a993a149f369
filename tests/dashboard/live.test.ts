// The dashboard is live: a term agreed through a real y-websocket client in one deal changes that
// deal's figures on its manager's socket (and on an admin's), never on a non-manager's; stage and
// membership changes push rows too.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardRow } from '../../shared/schemas/dashboard.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { addDealMember, call, openDeal, Peers, record, setTermStatus, termsOf, type AppSocket } from '../deals/deal-helpers.ts';
import { registerAdmin, startDashboardServer, watchDashboard } from './dashboard-helpers.ts';

describe('live dashboard', () => {
  let server: TestServer;
  let owner: TestUser;
  let party: TestUser;
  let manager: TestUser;
  let otherManager: TestUser;
  let admin: TestUser;
  let watched: DealDetail;
  let other: DealDetail;
  const peers = new Peers(() => server);
  const sockets: AppSocket[] = [];

  beforeAll(async () => {
    server = await startDashboardServer();
    [owner, party, manager, otherManager] = await Promise.all(['Owner Olu', 'Party Pan', 'Manager Mak', 'Manager Ng'].map((name) => registerUser(server.url, name)));
    admin = await registerAdmin(server);
    watched = await openDeal(server, owner, { title: 'Watched deal' });
    other = await openDeal(server, owner, { title: 'Other deal' });
    await addDealMember(server, owner, watched.id, party, 'party');
    await addDealMember(server, owner, watched.id, manager, 'manager');
    await addDealMember(server, owner, other.id, otherManager, 'manager');
  });
  afterEach(() => {
    peers.closeAll();
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(() => server.close());

  async function watcher(user: TestUser): Promise<AppSocket> {
    const socket = await watchDashboard(server, user);
    sockets.push(socket);
    return socket;
  }

  const rowsFor = (received: { row: DashboardRow }[], dealId: string) => received.map((event) => event.row).filter((row) => row.id === dealId);

  it('a term agreed in one deal changes that deal’s figures on its manager’s socket, not on another manager’s', async () => {
    const managerRows = record(await watcher(manager), 'dashboard:deal-updated');
    const otherRows = record(await watcher(otherManager), 'dashboard:deal-updated');
    const adminRows = record(await watcher(admin), 'dashboard:deal-updated');
    const board = await peers.doc(party, `board:${watched.id}`);
    const [term] = termsOf(board.doc);
    const startedAt = Date.now();
    setTermStatus(board.doc, term.id, 'agreed');
    await waitFor(() => rowsFor(managerRows, watched.id).some((row) => row.progress.termsAgreed === 1), 'the manager to see the agreement', 1_000);
    const latency = Date.now() - startedAt;
    await waitFor(() => rowsFor(adminRows, watched.id).some((row) => row.progress.termsAgreed === 1), 'the admin to see it');
    expect(rowsFor(otherRows, watched.id)).toEqual([]);
    expect(latency).toBeGreaterThanOrEqual(0);
    process.stdout.write(`dashboard socket update after a board edit: ${latency} ms\n`);
  });

  it('pushes a stage move to the deal’s manager and not to strangers', async () => {
    const managerRows = record(await watcher(manager), 'dashboard:deal-updated');
    const strangerRows = record(await watcher(otherManager), 'dashboard:deal-updated');
    expect((await call(server.url, owner, 'POST', `/api/deals/${watched.id}/stage`, { to: 'nda' })).status).toBe(200);
    await waitFor(() => rowsFor(managerRows, watched.id).some((row) => row.stage === 'nda'), 'the move on the manager’s dashboard');
    expect(strangerRows).toEqual([]);
  });

  it('a new manager gets the row, and a removed manager is told to drop it', async () => {
    const joining = record(await watcher(otherManager), 'dashboard:deal-updated');
    const leaving = record(await watcher(otherManager), 'dashboard:deal-removed');
    await addDealMember(server, owner, watched.id, otherManager, 'manager');
    await waitFor(() => rowsFor(joining, watched.id).length > 0, 'the new manager to get the row');
    expect((await call(server.url, owner, 'DELETE', `/api/deals/${watched.id}/members/${otherManager.user.id}`)).status).toBe(204);
    await waitFor(() => leaving.some((event) => event.dealId === watched.id), 'the removed manager to drop the row');
  });

  it('does not let a non-admin into the admins’ room by asking', async () => {
    const socket = await watcher(party);
    expect(await socket.emitWithAck('dashboard:watch')).toEqual({ data: { scope: 'manager' } });
    const partyRows = record(socket, 'dashboard:deal-updated');
    const managerRows = record(await watcher(manager), 'dashboard:deal-updated');
    await call(server.url, owner, 'PATCH', `/api/deals/${other.id}`, { title: 'Other deal, renamed' });
    await call(server.url, owner, 'PATCH', `/api/deals/${watched.id}`, { title: 'Watched deal, renamed' });
    await waitFor(() => rowsFor(managerRows, watched.id).some((row) => row.title === 'Watched deal, renamed'), 'the rename on the manager’s dashboard');
    expect(partyRows).toEqual([]);
  });
});
