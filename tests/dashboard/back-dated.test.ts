// A server on a clock set in the past (as the demo loader runs one): deals, stage moves, document
// activity and the trail are dated by that clock, so the dashboard's time in stage, median stints
// and stalled figures come out of the back-dated history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTerm, readTerms, TermField } from '../../shared/deal-docs.ts';
import type { ActivityPage } from '../../shared/schemas/activity.ts';
import type { DashboardView } from '../../shared/schemas/dashboard.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { addDealMember, call, openDeal } from '../deals/deal-helpers.ts';
import { twoOrgs } from './dashboard-helpers.ts';

const DAY_MS = 86_400_000;

describe('a back-dated history on the dashboard', () => {
  let server: TestServer;
  let clockAt = Date.now();
  let owner: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => new Date(clockAt), dealRooms: { progressDelayMs: 20 } });
    [owner, manager] = await Promise.all(['Owner Olu', 'Manager Mak'].map((name) => registerUser(server.url, name)));
  });
  afterAll(() => server.close());

  it('dates the opening, the moves, the board edit and the trail by the clock', async () => {
    const opened = Date.now() - 30 * DAY_MS;
    clockAt = opened;
    const [maker, certifier] = await twoOrgs(server, owner);
    const deal = await openDeal(server, owner, { title: 'Drones for the EU', type: 'supply', orgIds: [maker.id, certifier.id] });
    await addDealMember(server, owner, deal.id, manager, 'manager');
    clockAt = opened + 6 * DAY_MS;
    expect((await call(server.url, owner, 'POST', `/api/deals/${deal.id}/stage`, { to: 'nda' })).status).toBe(200);
    clockAt = opened + 16 * DAY_MS;
    expect((await call(server.url, owner, 'POST', `/api/deals/${deal.id}/stage`, { to: 'due-diligence' })).status).toBe(200);
    clockAt = opened + 20 * DAY_MS;
    await server.app.registry.edit(`board:${deal.id}`, owner.user, (shared) => {
      const [first] = readTerms(shared.doc);
      findTerm(shared.doc, first.id)?.set(TermField.status, 'agreed');
    });
    await server.app.settle();

    const { body } = await call<DashboardView>(server.url, manager, 'GET', '/api/dashboard');
    const [row] = body.rows;
    expect(row.stints).toEqual([{ stage: 'introduced', days: 6 }, { stage: 'nda', days: 10 }]);
    expect(Date.parse(row.stageSince)).toBe(opened + 16 * DAY_MS);
    expect(Date.parse(row.progress.lastActivityAt)).toBe(opened + 20 * DAY_MS);
    expect(row.progress.termsAgreed).toBe(1);
    expect(body.kpis.medianDaysInStage).toMatchObject({ introduced: 6, nda: 10, 'due-diligence': null });
    expect(body.kpis.stalled).toBe(0);
    expect((await call<DashboardView>(server.url, manager, 'GET', '/api/dashboard?stalledDays=9')).body.rows).toHaveLength(1);
    expect((await call<DashboardView>(server.url, manager, 'GET', '/api/dashboard?stalledDays=11')).body.rows).toHaveLength(0);

    const trail = (await call<ActivityPage>(server.url, owner, 'GET', `/api/deals/${deal.id}/activity`)).body.activity;
    const created = trail.find((entry) => entry.action === 'deal.created');
    expect(Date.parse(created?.at ?? '')).toBe(opened);
    expect(trail.every((entry) => Date.parse(entry.at) < Date.now() - 9 * DAY_MS)).toBe(true);
  });
});
