// The funnel's match side is live too: a match suggested between the organisations of a manager's
// deal (or any change of its state, such as an introduction) reaches that manager's dashboard (and admins') as new counts; a manager
// of unrelated deals hears nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardMatchCountsEvent } from '../../shared/schemas/dashboard.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { addDealMember, call, openDeal, record, type AppSocket } from '../deals/deal-helpers.ts';
import { createListing, needFor, offerFor } from '../listings/marketplace-helpers.ts';
import { registerAdmin, startDashboardServer, twoOrgs, watchDashboard } from './dashboard-helpers.ts';

describe('live match counts on the dashboard', () => {
  let server: TestServer;
  let owner: TestUser;
  let manager: TestUser;
  let otherManager: TestUser;
  let admin: TestUser;
  let maker: OrgView;
  let certifier: OrgView;
  const sockets: AppSocket[] = [];

  beforeAll(async () => {
    server = await startDashboardServer();
    [owner, manager, otherManager] = await Promise.all(['Owner Olu', 'Manager Mak', 'Manager Ng'].map((name) => registerUser(server.url, name)));
    admin = await registerAdmin(server);
    [maker, certifier] = await twoOrgs(server, owner);
    const supply = await openDeal(server, owner, { title: 'Drone certification', type: 'supply', orgIds: [maker.id, certifier.id] });
    const unrelated = await openDeal(server, owner, { title: 'Unrelated deal', type: 'other' });
    await addDealMember(server, owner, supply.id, manager, 'manager');
    await addDealMember(server, owner, unrelated.id, otherManager, 'manager');
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

  const latest = (events: DashboardMatchCountsEvent[]) => events.at(-1)?.counts;

  it('pushes new counts to the manager of a deal between the matched organisations, and to admins, not to others', async () => {
    const managerCounts = await countsOn(manager);
    const adminCounts = await countsOn(admin);
    const otherCounts = await countsOn(otherManager);

    await createListing(server.url, owner, offerFor(certifier.id, { title: 'Propeller thrust testing for drones' }));
    await createListing(server.url, owner, needFor(maker.id, { title: 'Seeking propeller thrust testing' }));
    await waitFor(() => (latest(managerCounts)?.matches ?? 0) >= 1, 'the manager’s match count to rise');
    await waitFor(() => (latest(adminCounts)?.matches ?? 0) >= 1, 'the admin’s match count to rise');
    expect(managerCounts.every((event) => event.scope === 'manager')).toBe(true);
    expect(adminCounts.every((event) => event.scope === 'admin')).toBe(true);

    const dashboard = await call<{ matchCounts: DashboardMatchCountsEvent['counts'] }>(server.url, manager, 'GET', '/api/dashboard');
    expect(latest(managerCounts)).toEqual(dashboard.body.matchCounts);
    expect(otherCounts).toEqual([]);
  });
});
