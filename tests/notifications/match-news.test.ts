// New-match news at volume: suggestions for one listing fold into one unread entry per listing
// (counted), a read entry starts a new one, and a person's minimum score keeps weaker matches out
// of their notifications (not out of their inbox).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingView } from '../../shared/schemas/listings.ts';
import type { MatchInboxPage } from '../../shared/schemas/matches.ts';
import type { NotificationPreferences } from '../../shared/schemas/notifications.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, CERTIFIER, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';
import { notificationsOf, ofType } from './notification-helpers.ts';

describe('new-match notifications', () => {
  let server: TestServer;
  let maker: TestUser;
  let lab: TestUser;
  let labOrgId: string;
  let need: ListingView;

  const offer = (title: string, overrides: Record<string, unknown> = {}) => createListing(server.url, lab, offerFor(labOrgId, { title, ...overrides }));
  const inboxSize = async () => (await call<MatchInboxPage>(server.url, maker, 'GET', '/api/matches')).body.total;

  beforeAll(async () => {
    server = await startTestServer();
    [maker, lab] = await Promise.all([registerUser(server.url, 'Maker Mo'), registerUser(server.url, 'Lab Lin')]);
    const makerOrg = await createOrg(server.url, maker);
    labOrgId = (await createOrg(server.url, lab, CERTIFIER)).id;
    need = await createListing(server.url, maker, needFor(makerOrg.id, { title: 'Distributors wanted across ASEAN' }));
  });

  afterAll(async () => {
    await server.close();
  });

  it('folds the suggestions for one listing into one unread entry that counts them', async () => {
    for (const title of ['Drone testing lab A', 'Drone testing lab B', 'Drone testing lab C']) await offer(title);
    await waitFor(async () => (await ofType(server, maker, 'match.new'))[0]?.data.count === 3, 'three folded suggestions');
    const news = await ofType(server, maker, 'match.new');
    expect(news).toHaveLength(1);
    expect(news[0]).toMatchObject({ read: false, subject: { kind: 'match', title: 'Distributors wanted across ASEAN' }, data: { listingId: need.id, count: 3, theirTitle: 'Drone testing lab C' } });
    expect((await notificationsOf(server, maker)).unread).toBe(1);
  });

  it('starts a new entry once the grouped one is read', async () => {
    const [read] = await ofType(server, maker, 'match.new');
    expect((await call(server.url, maker, 'POST', '/api/notifications/read', { ids: [read.id] })).status).toBe(200);
    await offer('Drone testing lab D');
    await waitFor(async () => (await ofType(server, maker, 'match.new')).length === 2, 'a second entry');
    expect((await ofType(server, maker, 'match.new'))[0]).toMatchObject({ read: false, data: { count: 1 } });
  });

  it('leaves out matches below the person’s minimum score, which still reach the inbox', async () => {
    const saved = await call<NotificationPreferences>(server.url, maker, 'PUT', '/api/notifications/preferences', { minMatchScore: 0.99 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ minMatchScore: 0.99, 'match.new': true });
    expect((await call<NotificationPreferences>(server.url, maker, 'GET', '/api/notifications/preferences')).body.minMatchScore).toBe(0.99);
    const before = await inboxSize();
    const [latest] = await ofType(server, maker, 'match.new');
    await offer('Drone testing lab E');
    await waitFor(async () => (await inboxSize()) > before, 'the new match in the inbox');
    expect((await ofType(server, maker, 'match.new'))[0]).toMatchObject({ id: latest.id, data: { count: 1 } });
    expect((await call(server.url, maker, 'PUT', '/api/notifications/preferences', { minMatchScore: 1.5 })).status).toBe(400);
  });
});
