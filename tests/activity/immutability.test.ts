// Nobody can edit or delete an activity entry: no route accepts a change to a trail, the log has
// no method that could make one, and an append cannot overwrite an existing entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityLog, type NewActivityRecord } from '../../server/activity/index.ts';
import type { ActivityPage, OrgActivityPage } from '../../shared/schemas/activity.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { createOrg } from '../listings/marketplace-helpers.ts';
import { call, openDeal, startDealServer } from '../deals/deal-helpers.ts';

describe('activity entries are immutable', () => {
  let server: TestServer;
  let owner: TestUser;
  let org: OrgView;
  let deal: DealDetail;

  beforeAll(async () => {
    server = await startDealServer();
    owner = await registerUser(server.url, 'Owner Olu');
    org = await createOrg(server.url, owner);
    deal = await openDeal(server, owner, { title: 'Drone parts' });
    await call(server.url, owner, 'PATCH', `/api/deals/${deal.id}`, { title: 'Drone parts for the EU' });
  });

  afterAll(async () => {
    await server.close();
  });

  const dealTrail = async () => (await call<ActivityPage>(server.url, owner, 'GET', `/api/deals/${deal.id}/activity`)).body;
  const orgTrail = async () => (await call<OrgActivityPage>(server.url, owner, 'GET', `/api/orgs/${org.id}/activity`)).body;

  it('offers no route that changes or removes an entry, even to the owner', async () => {
    const [dealBefore, orgBefore] = [await dealTrail(), await orgTrail()];
    const dealEntry = dealBefore.activity[0].id;
    const orgEntry = orgBefore.activity[0].id;
    const forged = { action: 'deal.created', actor: null, before: null, after: { title: 'Forged' } };
    const attempts: [string, string][] = [];
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      attempts.push([method, `/api/deals/${deal.id}/activity`], [method, `/api/deals/${deal.id}/activity/${dealEntry}`]);
      attempts.push([method, `/api/orgs/${org.id}/activity`], [method, `/api/orgs/${org.id}/activity/${orgEntry}`]);
    }
    for (const [method, path] of attempts) {
      const response = await call(server.url, owner, method, path, method === 'DELETE' ? undefined : forged);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect(await dealTrail()).toEqual(dealBefore);
    expect(await orgTrail()).toEqual(orgBefore);
  });

  it('has no method that edits or deletes, and an append never overwrites', async () => {
    const log = new ActivityLog(server.store);
    const methods = Object.getOwnPropertyNames(ActivityLog.prototype).filter((name) => name !== 'constructor' && name !== 'activity').sort();
    expect(methods).toEqual(['append', 'forSubject', 'pageForSubject', 'pageOf']);
    const [original] = await log.forSubject(deal.id);
    const sneaky = { ...original, after: { title: 'Rewritten' } } as NewActivityRecord;
    const stored = await log.append(sneaky);
    expect(stored._id).not.toBe(original._id);
    const [stillOriginal] = await log.forSubject(deal.id);
    expect(stillOriginal).toEqual(original);
    expect(stillOriginal.after).not.toEqual({ title: 'Rewritten' });
  });
});
