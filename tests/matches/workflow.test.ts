// The match workflow over real HTTP: suggested → interested → mutual → introduced, declines and
// snoozes, each side acting only for its own organisation, identities revealed on mutual
// interest, every change in the activity trail, and withdrawn listings leaving inboxes.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ListingView } from '../../shared/schemas/listings.ts';
import type { ListingMatch, MatchView } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { CERTIFIER, call, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';

interface Pair {
  need: ListingView;
  offer: ListingView;
  matchId: string;
}

describe('the match workflow', () => {
  let server: TestServer;
  let maker: TestUser;
  let certifier: TestUser;
  let outsider: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;
  let pair: Pair;

  beforeAll(async () => {
    server = await startTestServer();
    [maker, certifier, outsider] = await Promise.all([
      registerUser(server.url, 'Drone maker'),
      registerUser(server.url, 'Certifier'),
      registerUser(server.url, 'Outsider'),
    ]);
    makerOrg = await createOrg(server.url, maker);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    await createOrg(server.url, outsider, { name: 'Elsewhere Ltd', region: 'uk', sectors: ['fintech'] });
  });

  afterAll(async () => {
    await server.close();
  });

  // A fresh pair per test, the offer anonymous.
  beforeEach(async () => {
    const need = await createListing(server.url, maker, needFor(makerOrg.id));
    const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id, { anonymous: true }));
    const matches = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches?limit=50`);
    const found = matches.body.matches.find((match) => match.listing.id === offer.id);
    if (!found?.matchId) throw new Error('the pair was not suggested');
    pair = { need, offer, matchId: found.matchId };
  });

  // Withdrawing both keeps earlier pairs out of later tests' rankings.
  afterEach(async () => {
    await call(server.url, maker, 'POST', `/api/listings/${pair.need.id}/withdraw`);
    await call(server.url, certifier, 'POST', `/api/listings/${pair.offer.id}/withdraw`);
  });

  const act = (user: TestUser, verb: string, body?: unknown) => call<MatchView>(server.url, user, 'POST', `/api/matches/${pair.matchId}/${verb}`, body);
  const inbox = (user: TestUser, query = '') => call<{ matches: MatchView[] }>(server.url, user, 'GET', `/api/matches${query}`);
  const inInbox = async (user: TestUser, query = '') => (await inbox(user, query)).body.matches.find((match) => match.matchId === pair.matchId);

  it('ranks a listing’s matches with reasons and the stored state', async () => {
    const response = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${pair.need.id}/matches?limit=5&lang=zh-Hant`);
    expect(response.status).toBe(200);
    const scores = response.body.matches.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(response.body.matches.length).toBeLessThanOrEqual(5);
    const match = response.body.matches.find((candidate) => candidate.matchId === pair.matchId);
    expect(match).toMatchObject({ state: 'suggested', listing: { id: pair.offer.id, kind: 'offer', teaser: true } });
    expect(match?.score).toBeGreaterThan(0);
    expect(match?.score).toBeLessThanOrEqual(1);
    expect(match?.reasons.length).toBeGreaterThan(0);
    for (const reason of match?.reasons ?? []) expect(reason).toEqual({ code: expect.any(String), text: expect.any(String) });
    expect(match?.listing).not.toHaveProperty('orgId');
  });

  it('renders reasons in the viewer’s language: ?lang=, else Accept-Language, else English', async () => {
    const path = `/api/listings/${pair.need.id}/matches`;
    const reasonsOf = async (query: string, headers: Record<string, string> = {}) => {
      const response = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `${path}${query}`, undefined, headers);
      return response.body.matches.find((match) => match.listing.id === pair.offer.id)?.reasons ?? [];
    };
    const english = await reasonsOf('');
    const traditional = await reasonsOf('?lang=zh-Hant');
    const simplified = await reasonsOf('', { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' });
    const explicitWins = await reasonsOf('?lang=en', { 'accept-language': 'zh-TW' });
    expect(english.length).toBeGreaterThan(0);
    expect(english.map((reason) => reason.code)).toEqual(traditional.map((reason) => reason.code));
    expect(english.map((reason) => reason.text).join(' ')).toMatch(/^[\x20-\x7E→–]+$/);
    expect(traditional.map((reason) => reason.text).join('')).toMatch(/[\u4e00-\u9fff]/);
    expect(simplified.map((reason) => reason.text).join('')).toMatch(/[\u4e00-\u9fff]/);
    expect(traditional).not.toEqual(english);
    expect(explicitWins).toEqual(english);
    expect(await reasonsOf('', { 'accept-language': 'zh-HK' })).toEqual(traditional);
  });

  it('refuses bad match queries', async () => {
    const path = `/api/listings/${pair.need.id}/matches`;
    expect((await call(server.url, maker, 'GET', `${path}?limit=0`)).status).toBe(400);
    expect((await call(server.url, maker, 'GET', `${path}?limit=5000`)).status).toBe(400);
    expect((await call(server.url, maker, 'GET', `${path}?lang=fr`)).status).toBe(400);
    expect((await call(server.url, maker, 'GET', '/api/listings/nope/matches')).status).toBe(404);
    expect((await call(server.url, null, 'GET', path)).status).toBe(401);
  });

  it('puts the suggestion in both sides’ inboxes and nobody else’s', async () => {
    const makerView = await inInbox(maker);
    expect(makerView).toMatchObject({ state: 'suggested', side: 'need', mine: { id: pair.need.id }, listing: { id: pair.offer.id, teaser: true } });
    const certifierView = await inInbox(certifier);
    expect(certifierView).toMatchObject({ state: 'suggested', side: 'offer', mine: { id: pair.offer.id }, listing: { id: pair.need.id, orgId: makerOrg.id } });
    expect(await inInbox(outsider)).toBeUndefined();
    expect((await call(server.url, outsider, 'GET', `/api/matches/${pair.matchId}`)).status).toBe(404);
  });

  it('goes suggested → interested → mutual → introduced, revealing identities at mutual', async () => {
    const interested = await act(maker, 'interest');
    expect(interested.status).toBe(200);
    expect(interested.body).toMatchObject({ state: 'interested', myInterest: true, theirInterest: false });
    expect(interested.body.listing.teaser).toBe(true);
    expect(await inInbox(certifier)).toMatchObject({ state: 'interested', myInterest: false, theirInterest: true });
    const teaser = await call<ListingView>(server.url, maker, 'GET', `/api/listings/${pair.offer.id}`);
    expect(teaser.body).not.toHaveProperty('orgId');

    expect((await act(maker, 'introduce')).status).toBe(409);

    const mutual = await act(certifier, 'interest');
    expect(mutual.body).toMatchObject({ state: 'mutual', myInterest: true, theirInterest: true });
    const revealed = await inInbox(maker);
    expect(revealed).toMatchObject({ state: 'mutual', listing: { teaser: false, orgId: certifierOrg.id, org: { name: CERTIFIER.name } } });
    const direct = await call<ListingView>(server.url, maker, 'GET', `/api/listings/${pair.offer.id}`);
    expect(direct.body).toMatchObject({ teaser: false, orgId: certifierOrg.id });

    const introduced = await act(certifier, 'introduce');
    expect(introduced.body).toMatchObject({ state: 'introduced', introducedAt: expect.any(String) });
    // Who introduced whom is stored on the match itself (no separate write-only collection).
    const record = await server.store.collection('matches').findOne({ _id: pair.matchId });
    expect(record).toMatchObject({ state: 'introduced', needOrgId: makerOrg.id, offerOrgId: certifierOrg.id, introducedBy: certifier.user.id });
    expect(await server.store.collection('introductions').count({})).toBe(0);
    expect((await inbox(maker, '?state=introduced')).body.matches.map((match) => match.matchId)).toContain(pair.matchId);
  });

  it('keeps repeated interest harmless', async () => {
    await act(maker, 'interest');
    const again = await act(maker, 'interest');
    expect(again.status).toBe(200);
    expect(again.body.state).toBe('interested');
    expect(await server.store.collection('activity').count({ 'subject.id': pair.matchId })).toBe(1);
  });

  it('ends mutual when both sides click interested at the same instant', async () => {
    const [a, b] = await Promise.all([act(maker, 'interest'), act(certifier, 'interest')]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((await inInbox(maker))?.state).toBe('mutual');
    expect(await server.store.collection('activity').count({ 'subject.id': pair.matchId })).toBe(2);
  });

  it('lets either side decline, after which interest is refused', async () => {
    const declined = await act(certifier, 'decline');
    expect(declined.body.state).toBe('declined');
    expect((await inInbox(maker))?.state).toBe('declined');
    expect((await act(maker, 'interest')).status).toBe(409);
    expect((await act(maker, 'snooze', { days: 3 })).status).toBe(409);
  });

  it('snoozes for one side only, until the date', async () => {
    const snoozed = await act(maker, 'snooze', { days: 7 });
    expect(snoozed.status).toBe(200);
    expect(snoozed.body.state).toBe('snoozed');
    const until = new Date(snoozed.body.snoozedUntil ?? 0).getTime();
    expect(until).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    expect((await inbox(maker, '?state=snoozed')).body.matches.map((match) => match.matchId)).toContain(pair.matchId);
    expect((await inbox(maker, '?state=suggested')).body.matches.map((match) => match.matchId)).not.toContain(pair.matchId);
    expect((await inInbox(certifier))?.state).toBe('suggested');

    const woken = await act(maker, 'interest');
    expect(woken.body).toMatchObject({ state: 'interested', snoozedUntil: null });
  });

  it.each([
    ['zero days', { days: 0 }],
    ['too many days', { days: 10_000 }],
    ['a fraction of a day', { days: 1.5 }],
    ['an operator', { days: { $gt: 0 } }],
    ['no days', {}],
  ])('refuses a snooze of %s', async (_case, body) => {
    expect((await act(maker, 'snooze', body)).status).toBe(400);
    expect(await server.store.collection('activity').count({ 'subject.id': pair.matchId })).toBe(0);
  });

  it('lets only members of the two organisations act, each for their own side', async () => {
    expect((await act(outsider, 'interest')).status).toBe(404);
    expect((await act(outsider, 'decline')).status).toBe(404);
    expect((await act(maker, 'interest', { orgId: certifierOrg.id })).status).toBe(403);
    expect((await act(maker, 'interest', { orgId: { $ne: null } })).status).toBe(400);
    expect((await act(maker, 'interest', { side: 'offer' })).status).toBe(400);
    expect((await inInbox(maker))?.state).toBe('suggested');
    expect(await server.store.collection('activity').count({ 'subject.id': pair.matchId })).toBe(0);
    expect((await call(server.url, maker, 'POST', '/api/matches/unknown/interest')).status).toBe(404);
  });

  it('writes each change to the activity trail with actor, time, before and after', async () => {
    await act(maker, 'interest');
    await act(certifier, 'interest');
    const trail = await call<{ activity: Record<string, unknown>[] }>(server.url, certifier, 'GET', `/api/matches/${pair.matchId}/activity`);
    expect(trail.body.activity).toEqual([
      expect.objectContaining({
        actorId: maker.user.id,
        actingOrgId: makerOrg.id,
        action: 'match.interested',
        at: expect.any(String),
        before: expect.objectContaining({ state: 'suggested' }),
        after: expect.objectContaining({ state: 'interested' }),
      }),
      expect.objectContaining({ actorId: certifier.user.id, actingOrgId: certifierOrg.id, before: expect.objectContaining({ state: 'interested' }), after: expect.objectContaining({ state: 'mutual' }) }),
    ]);
    const stored = await server.store.collection('activity').find({ 'subject.id': pair.matchId });
    expect(stored).toHaveLength(2);
    expect(stored[0]).toMatchObject({ subject: { type: 'match', listingIds: [pair.need.id, pair.offer.id], orgIds: [makerOrg.id, certifierOrg.id] } });
    expect((await call(server.url, outsider, 'GET', `/api/matches/${pair.matchId}/activity`)).status).toBe(404);
  });

  it('takes a withdrawn listing’s matches out of results and inboxes', async () => {
    expect((await call(server.url, certifier, 'POST', `/api/listings/${pair.offer.id}/withdraw`)).status).toBe(200);
    expect(await inInbox(maker)).toBeUndefined();
    expect(await inInbox(certifier)).toBeUndefined();
    const results = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${pair.need.id}/matches?limit=100`);
    expect(results.body.matches.map((match) => match.listing.id)).not.toContain(pair.offer.id);
    const own = await call<{ matches: ListingMatch[] }>(server.url, certifier, 'GET', `/api/listings/${pair.offer.id}/matches`);
    expect(own.body.matches).toEqual([]);
    expect((await act(maker, 'interest')).status).toBe(409);
  });
});
