// GET /api/dashboard: who sees which deals (managers theirs, admins all, others none), the rows'
// sectors, corridor, advisers and stage, filters, KPIs, and validation of the query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardView } from '../../shared/schemas/dashboard.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { addDealMember, call, openDeal } from '../deals/deal-helpers.ts';
import { createOrg } from '../listings/marketplace-helpers.ts';
import { registerAdmin, startDashboardServer, twoOrgs } from './dashboard-helpers.ts';

describe('managers’ dashboard', () => {
  let server: TestServer;
  let owner: TestUser;
  let manager: TestUser;
  let otherManager: TestUser;
  let adviser: TestUser;
  let party: TestUser;
  let admin: TestUser;
  let supply: DealDetail;
  let licensing: DealDetail;
  let unmanaged: DealDetail;

  beforeAll(async () => {
    server = await startDashboardServer();
    [owner, manager, otherManager, adviser, party] = await Promise.all(
      ['Owner Olu', 'Manager Mak', 'Manager Ng', 'Adviser Au', 'Party Pan'].map((name) => registerUser(server.url, name)),
    );
    admin = await registerAdmin(server);
    const [maker, certifier] = await twoOrgs(server, owner);
    supply = await openDeal(server, owner, { title: '無人機檢測 drones for the EU', type: 'supply', orgIds: [maker.id, certifier.id] });
    const arranger = await createOrg(server.url, owner, { name: 'Harbour Green Capital', region: 'hk', sectors: ['green-bonds'] });
    licensing = await openDeal(server, owner, { title: 'Flight-control licensing', type: 'technology-licensing', orgIds: [arranger.id] });
    unmanaged = await openDeal(server, owner, { title: 'Nobody manages this', type: 'other' });
    await addDealMember(server, owner, supply.id, manager, 'manager');
    await addDealMember(server, owner, supply.id, adviser, 'adviser');
    await addDealMember(server, owner, supply.id, party, 'party');
    await addDealMember(server, owner, licensing.id, manager, 'manager');
    await addDealMember(server, owner, licensing.id, otherManager, 'manager');
    await call(server.url, owner, 'POST', `/api/deals/${supply.id}/stage`, { to: 'nda' });
  });
  afterAll(() => server.close());

  const dashboard = (user: TestUser, query = '') => call<DashboardView>(server.url, user, 'GET', `/api/dashboard${query}`);

  it('shows a manager exactly the deals they manage, with stage, sectors, corridor and advisers', async () => {
    const { status, body } = await dashboard(manager);
    expect(status).toBe(200);
    expect(body.scope).toBe('manager');
    expect(body.rows.map((row) => row.id).sort()).toEqual([supply.id, licensing.id].sort());
    const row = body.rows.find((candidate) => candidate.id === supply.id);
    expect(row).toMatchObject({
      title: '無人機檢測 drones for the EU',
      type: 'supply',
      stage: 'nda',
      corridor: { origin: 'shenzhen', destination: 'hk-science-park' },
      advisers: [{ id: adviser.user.id, name: 'Adviser Au' }],
    });
    expect(row?.sectors).toEqual(expect.arrayContaining(['drones', 'testing-certification']));
    expect(row?.stints).toEqual([{ stage: 'introduced', days: 0 }]);
    expect(body.kpis).toMatchObject({ funnel: { deals: 2, closedWon: 0 }, byStage: { nda: 1, introduced: 1 }, stalled: 0 });
    expect(body.kpis.byCorridor).toEqual({ 'shenzhen→hk-science-park': 1 });
    expect(body.kpis.medianDaysInStage.introduced).toBe(0);
  });

  it('shows another manager only their own deal, and people who manage nothing an empty board', async () => {
    expect((await dashboard(otherManager)).body.rows.map((row) => row.id)).toEqual([licensing.id]);
    for (const user of [owner, adviser, party]) {
      const { status, body } = await dashboard(user);
      expect(status).toBe(200);
      expect(body.rows).toEqual([]);
    }
  });

  it('tells the client whether to offer the dashboard', async () => {
    expect((await call(server.url, manager, 'GET', '/api/dashboard/access')).body).toEqual({ admin: false, managed: 2 });
    expect((await call(server.url, party, 'GET', '/api/dashboard/access')).body).toEqual({ admin: false, managed: 0 });
    expect((await call(server.url, admin, 'GET', '/api/dashboard/access')).body).toEqual({ admin: true, managed: 0 });
  });

  it('shows an admin (ADMIN_EMAILS, any case) every deal', async () => {
    const { body } = await dashboard(admin);
    expect(body.scope).toBe('admin');
    expect(body.rows.map((row) => row.id)).toEqual(expect.arrayContaining([supply.id, licensing.id, unmanaged.id]));
  });

  it('filters by type, sector, corridor, adviser and stalled days', async () => {
    const ids = async (query: string) => (await dashboard(manager, query)).body.rows.map((row) => row.id);
    expect(await ids('?type=technology-licensing')).toEqual([licensing.id]);
    expect(await ids('?sector=drones')).toEqual([supply.id]);
    expect(await ids('?sector=green-bonds')).toEqual([licensing.id]);
    expect(await ids(`?corridor=${encodeURIComponent('shenzhen→hk-science-park')}`)).toEqual([supply.id]);
    expect(await ids('?corridor=shenzhen->hk-science-park')).toEqual([supply.id]);
    expect(await ids(`?adviser=${adviser.user.id}`)).toEqual([supply.id]);
    expect(await ids('?stalledDays=3')).toEqual([]);
    expect((await dashboard(manager, '?type=technology-licensing')).body.kpis.funnel.deals).toBe(1);
  });

  it('gives a deal between two firms of one city no corridor rather than "Guangzhou → Guangzhou"', async () => {
    const [first, second] = await Promise.all(
      ['Canton Tea Exports', 'Pearl River Packaging'].map((name) => createOrg(server.url, owner, { name, region: 'guangzhou', sectors: ['logistics'] })),
    );
    const local = await openDeal(server, owner, { title: 'Tea tins', type: 'supply', orgIds: [first.id, second.id] });
    const row = (await dashboard(admin)).body.rows.find((candidate) => candidate.id === local.id);
    expect(row?.corridor).toBeNull();
  });

  it('refuses a malformed query with 400 and anonymous callers with 401', async () => {
    for (const query of ['?stalledDays=-1', '?stalledDays=soon', '?corridor=shenzhen', '?corridor=mars→venus', '?type=heist', '?sector=nope', '?unknown=1']) {
      expect((await dashboard(manager, query)).status, query).toBe(400);
    }
    expect((await call(server.url, null, 'GET', '/api/dashboard')).status).toBe(401);
  });
});
