// Spam damping in notifications: a new organisation's first listings tell other organisations of a
// match only at or above the newcomer floor (NEW_ORG_NOTIFY_MIN_SCORE); a weaker match still
// reaches both inboxes and the poster's own notifications. Once the organisation is established
// (old enough and past its first listings) the floor no longer applies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingMatch, MatchInboxPage } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, CERTIFIER, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';
import { ofType } from './notification-helpers.ts';

const DAY = 24 * 3_600_000;
const FLOOR = 0.6;

describe('a new organisation’s matches notify others only above the floor', () => {
  let server: TestServer;
  let nowMs = Date.parse('2030-06-01T08:00:00Z');
  let maker: TestUser;
  let newcomer: TestUser;
  let makerOrg: OrgView;
  let newcomerOrg: OrgView;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => new Date(nowMs), trust: { newcomers: { days: 30, listings: 3, minScore: FLOOR } } });
    [maker, newcomer] = await Promise.all([registerUser(server.url, 'Maker'), registerUser(server.url, 'Newcomer')]);
    makerOrg = await createOrg(server.url, maker);
    await createListing(server.url, maker, needFor(makerOrg.id));
    newcomerOrg = await createOrg(server.url, newcomer, CERTIFIER);
  });

  afterAll(async () => {
    await server.close();
  });

  const scoreOf = async (listingId: string) => {
    const ranked = await call<{ matches: ListingMatch[] }>(server.url, newcomer, 'GET', `/api/listings/${listingId}/matches?limit=10`);
    return ranked.body.matches[0]?.score ?? 0;
  };
  const inboxOf = async (user: TestUser) => (await call<MatchInboxPage>(server.url, user, 'GET', '/api/matches')).body.total;

  it('keeps a weak match of the newcomer out of the other side’s notifications, not out of its inbox', async () => {
    const weak = await createListing(server.url, newcomer, offerFor(newcomerOrg.id, { title: 'General laboratory services', description: 'Testing of consumer products and electronics.', sectors: ['testing-certification'], regions: ['hk'] }));
    const score = await scoreOf(weak.id);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(FLOOR);
    await waitFor(async () => (await ofType(server, newcomer, 'match.new')).length === 1, 'the newcomer told of its own match');
    expect(await inboxOf(maker)).toBe(1);
    expect(await ofType(server, maker, 'match.new')).toEqual([]);
  });

  it('tells the other side of a strong match of the newcomer', async () => {
    const strong = await createListing(server.url, newcomer, offerFor(newcomerOrg.id));
    expect(await scoreOf(strong.id)).toBeGreaterThanOrEqual(FLOOR);
    await waitFor(async () => (await ofType(server, maker, 'match.new')).length === 1, 'the maker told of the strong match');
    expect((await ofType(server, maker, 'match.new'))[0].data).toMatchObject({ theirTitle: strong.title });
  });

  it('lifts the floor once the organisation is old enough and past its first listings', async () => {
    await createListing(server.url, newcomer, offerFor(newcomerOrg.id, { title: 'Electronics testing', description: 'Testing of consumer products, toys and small appliances.', sectors: ['testing-certification'], regions: ['hk'] }));
    nowMs += 31 * DAY;
    const [read] = await ofType(server, maker, 'match.new');
    await call(server.url, maker, 'POST', '/api/notifications/read', { ids: [read.id] });
    const weakLater = await createListing(server.url, newcomer, offerFor(newcomerOrg.id, { title: 'Product safety laboratory', description: 'Testing of consumer products, household electronics and appliances.', sectors: ['testing-certification'], regions: ['hk'] }));
    expect(await scoreOf(weakLater.id)).toBeLessThan(FLOOR);
    await waitFor(async () => (await ofType(server, maker, 'match.new')).some((news) => !news.read && news.data.theirTitle === weakLater.title), 'the weak match now told');
  });
});
