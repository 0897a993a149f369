// Outreach limits and responsiveness over real HTTP and the embedded store, on a clock the test
// moves: the weekly allowance and its 429, an admin raising it, one reminder and then expiry of
// unanswered interest (the asker told), the median answer time on cards (coarse for an anonymous
// side), and candidates ranked lower for similar declines and for letting interest expire.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingView } from '../../shared/schemas/listings.ts';
import type { OutreachAllowance } from '../../shared/schemas/match-trust.ts';
import type { ListingMatch, MatchView } from '../../shared/schemas/matches.ts';
import type { NotificationPage } from '../../shared/schemas/notifications.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { postJson, registerUser, STRONG_PASSWORD, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { call, CERTIFIER, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ADMIN_EMAIL = 'outreach.admin@superconnector.example';

describe('outreach limits and responsiveness', () => {
  let server: TestServer;
  let nowMs = Date.parse('2030-03-01T09:00:00Z');
  let maker: TestUser;
  let certifier: TestUser;
  let sleeper: TestUser;
  let admin: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;
  let sleeperOrg: OrgView;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => new Date(nowMs), adminEmails: [ADMIN_EMAIL], trust: { interestPerWeek: 2, sweepMs: 20 } });
    [maker, certifier, sleeper] = await Promise.all([registerUser(server.url, 'Maker'), registerUser(server.url, 'Certifier'), registerUser(server.url, 'Sleeper')]);
    const response = await postJson(`${server.url}/api/auth/register`, { name: 'Admin', email: ADMIN_EMAIL, password: STRONG_PASSWORD });
    admin = { ...((await response.json()) as Omit<TestUser, 'cookie' | 'password'>), password: STRONG_PASSWORD, cookie: '' };
    makerOrg = await createOrg(server.url, maker);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    sleeperOrg = await createOrg(server.url, sleeper, { ...CERTIFIER, name: 'Sleepy Labs' });
  });

  afterAll(async () => {
    await server.close();
  });

  const outreachOf = async (user: TestUser) => (await call<{ outreach: OutreachAllowance[] }>(server.url, user, 'GET', '/api/matches/outreach')).body.outreach[0];
  const interest = (user: TestUser, matchId: string) => call<MatchView & { error?: string; details?: { freesAt: string; limit: number } }>(server.url, user, 'POST', `/api/matches/${matchId}/interest`);
  const setLimit = (user: TestUser, orgId: string, perWeek: number | null) => call<OutreachAllowance>(server.url, user, 'PUT', `/api/matches/outreach/${orgId}`, { perWeek });
  const notificationsOf = async (user: TestUser) => (await call<NotificationPage>(server.url, user, 'GET', '/api/notifications?pageSize=100')).body.notifications;
  const viewOf = async (user: TestUser, matchId: string) => (await call<MatchView>(server.url, user, 'GET', `/api/matches/${matchId}`)).body;
  /** A need of the maker and `count` offers of `owner`, each pair suggested; the match ids in order. */
  async function pairs(owner: TestUser, org: OrgView, count: number, title: string, overrides: Record<string, unknown> = {}): Promise<{ need: ListingView; matchIds: string[] }> {
    const need = await createListing(server.url, maker, needFor(makerOrg.id, { title: `${title}: CE and FCC testing for inspection drones` }));
    const matchIds: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const offer = await createListing(server.url, owner, offerFor(org.id, { title: `${title} ${i}: drone testing and certification`, ...overrides }));
      const ranked = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches?limit=100`);
      const found = ranked.body.matches.find((match) => match.listing.id === offer.id);
      if (!found?.matchId) throw new Error('the pair was not suggested');
      matchIds.push(found.matchId);
    }
    return { need, matchIds };
  }

  it('limits first interest per week, shows what is left, and lets an admin raise the limit', async () => {
    const { matchIds } = await pairs(certifier, certifierOrg, 3, 'Limit');
    expect(await outreachOf(maker)).toMatchObject({ orgId: makerOrg.id, limit: 2, used: 0, left: 2, freesAt: null });
    const askedAt = nowMs;
    expect((await interest(maker, matchIds[0])).status).toBe(200);
    expect((await interest(maker, matchIds[1])).status).toBe(200);
    expect(await outreachOf(maker)).toMatchObject({ used: 2, left: 0, freesAt: new Date(askedAt + 7 * DAY).toISOString() });

    const refused = await interest(maker, matchIds[2]);
    expect([refused.status, refused.body.error]).toEqual([429, 'outreach_limited']);
    expect(refused.body.details).toEqual({ limit: 2, freesAt: new Date(askedAt + 7 * DAY).toISOString() });
    expect((await viewOf(maker, matchIds[2])).myInterest).toBe(false);

    // Answering interest is not outreach.
    expect((await interest(certifier, matchIds[0])).body.state).toBe('mutual');
    expect(await outreachOf(certifier)).toMatchObject({ used: 0, left: 2 });

    expect((await setLimit(maker, makerOrg.id, 10)).status).toBe(403);
    expect((await setLimit(admin, 'no-such-org', 10)).status).toBe(404);
    expect((await call(server.url, admin, 'PUT', `/api/matches/outreach/${makerOrg.id}`, { perWeek: -1 })).status).toBe(400);
    expect((await setLimit(admin, makerOrg.id, 3)).body).toMatchObject({ limit: 3, used: 2, left: 1 });
    expect((await interest(maker, matchIds[2])).status).toBe(200);

    nowMs += 7 * DAY + 1;
    expect(await outreachOf(maker)).toMatchObject({ limit: 3, used: 0, left: 3 });
    expect((await setLimit(admin, makerOrg.id, 50)).status).toBe(200);
  });

  it('reminds unanswered interest once, then expires it and tells the asker', async () => {
    const { matchIds } = await pairs(certifier, certifierOrg, 1, 'Reminder');
    const [matchId] = matchIds;
    await interest(maker, matchId);
    const reminders = async () => (await notificationsOf(certifier)).filter((item) => item.type === 'match.reminder' && item.subject.id === matchId);

    nowMs += 3 * DAY + HOUR;
    await waitFor(async () => (await reminders()).length > 0, 'the reminder to the other side');
    nowMs += HOUR;
    await quietFor(200, 'later sweeps would send a second reminder');
    expect(await reminders()).toHaveLength(1);
    expect((await notificationsOf(maker)).some((item) => item.type === 'match.reminder')).toBe(false);

    nowMs += 11 * DAY;
    await waitFor(async () => (await notificationsOf(maker)).some((item) => item.type === 'match.expired' && item.subject.id === matchId), 'the asker to be told of the expiry');
    expect(await viewOf(maker, matchId)).toMatchObject({ state: 'suggested', myInterest: false, theirInterest: false });
    expect(await viewOf(certifier, matchId)).toMatchObject({ state: 'suggested', theirInterest: false });
  });

  it('shows the median answer time once there are five answers, coarse for an anonymous side', async () => {
    // The certifier answered one ask at once in the first test and let three expire in the second.
    const named = await pairs(certifier, certifierOrg, 4, 'Median');
    for (const matchId of named.matchIds) await interest(maker, matchId);
    nowMs += 2 * HOUR;
    for (const matchId of named.matchIds.slice(0, 3)) await interest(certifier, matchId);
    expect((await viewOf(maker, named.matchIds[3])).theirResponsiveness).toBeNull();
    await interest(certifier, named.matchIds[3]);
    expect((await viewOf(maker, named.matchIds[3])).theirResponsiveness).toEqual({ medianHours: 2, answered: 5, expiredShare: 0.38 });

    const masked = await pairs(certifier, certifierOrg, 1, 'Masked', { anonymous: true });
    expect((await viewOf(maker, masked.matchIds[0])).theirResponsiveness).toEqual({ medianHours: 24, answered: 5, expiredShare: 0.4 });
  });

  it('ranks lower, with the reason, an organisation that lets interest expire and offers like ones declined', async () => {
    const sleepy = await pairs(sleeper, sleeperOrg, 5, 'Sleepy');
    for (const matchId of sleepy.matchIds) await interest(maker, matchId);
    nowMs += 15 * DAY;
    await waitFor(async () => (await notificationsOf(maker)).filter((item) => item.type === 'match.expired').length >= 6, 'the sleeper’s asks to expire');
    for (const matchId of sleepy.matchIds.slice(0, 3)) await call(server.url, maker, 'POST', `/api/matches/${matchId}/decline`, { reason: 'not_relevant' });

    const fresh = await createListing(server.url, sleeper, offerFor(sleeperOrg.id, { title: 'Fresh drone certification offer' }));
    const need = await createListing(server.url, maker, needFor(makerOrg.id, { title: 'Another drone testing need' }));
    const reasonsFor = async (user: TestUser, listingId: string, otherId: string, lang = 'en') => {
      const ranked = await call<{ matches: ListingMatch[] }>(server.url, user, 'GET', `/api/listings/${listingId}/matches?limit=100&lang=${lang}`);
      return ranked.body.matches.find((match) => match.listing.id === otherId)?.reasons ?? [];
    };
    const seenByMaker = await reasonsFor(maker, need.id, fresh.id);
    expect(seenByMaker).toEqual(
      expect.arrayContaining([
        { code: 'declined-similar', text: 'Ranked lower: you declined 3 similar' },
        { code: 'unresponsive', text: 'Ranked lower: often lets interest go unanswered' },
      ]),
    );
    expect((await reasonsFor(maker, need.id, fresh.id, 'zh-Hant')).map((reason) => reason.text)).toContain('排名較低：你曾拒絕3個類似配對');
    // The sleeper reads neither: it did not decline, and it is not told about itself.
    const seenBySleeper = (await reasonsFor(sleeper, fresh.id, need.id)).map((reason) => reason.code);
    expect(seenBySleeper).not.toContain('declined-similar');
    expect(seenBySleeper).not.toContain('unresponsive');
  });
});
