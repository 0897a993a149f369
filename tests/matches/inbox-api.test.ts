// The inbox endpoint through a real server: best fit first, pages that add up, search across
// scripts, filters that only ever narrow what the caller may see (never another organisation's
// hidden match, never an anonymous side's name), the old call unchanged, and a card that links
// to the deal room its pair opened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingView } from '../../shared/schemas/listings.ts';
import type { MatchInboxPage } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, CERTIFIER, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';

describe('the match inbox endpoint', () => {
  let server: TestServer;
  let maker: TestUser;
  let lab: TestUser;
  let secret: TestUser;
  let outsider: TestUser;
  let makerOrg: OrgView;
  let need: ListingView;
  let strong: ListingView;
  let weak: ListingView;
  let hidden: ListingView;
  let outsiderNeed: ListingView;

  const inbox = (user: TestUser, query = '') => call<MatchInboxPage>(server.url, user, 'GET', `/api/matches${query ? `?${query}` : ''}`);

  beforeAll(async () => {
    server = await startTestServer();
    [maker, lab, secret, outsider] = await Promise.all(['Maker Mo', 'Lab Lin', 'Secret Sun', 'Outsider Oz'].map((name) => registerUser(server.url, name)));
    makerOrg = await createOrg(server.url, maker);
    const labOrg = await createOrg(server.url, lab, CERTIFIER);
    const secretOrg = await createOrg(server.url, secret, { ...CERTIFIER, name: 'Hush Laboratories' });
    const outsiderOrg = await createOrg(server.url, outsider, { ...CERTIFIER, name: 'Elsewhere Testing' });
    need = await createListing(server.url, maker, needFor(makerOrg.id));
    strong = await createListing(server.url, lab, offerFor(labOrg.id, { title: '无人机检测认证服务', description: '为出口欧盟和美国的无人机提供CE及FCC检测认证。' }));
    weak = await createListing(server.url, lab, offerFor(labOrg.id, { title: 'General laboratory services', description: 'Testing of consumer products.', sectors: ['testing-certification'], regions: ['hk'], dealSize: '5m-20m' }));
    hidden = await createListing(server.url, secret, offerFor(secretOrg.id, { title: 'Confidential drone certification', anonymous: true }));
    outsiderNeed = await createListing(server.url, outsider, needFor(outsiderOrg.id, { title: 'Elsewhere needs drone testing' }));
    await waitFor(async () => (await inbox(maker)).body.matches.length >= 3, 'three matches for the maker');
  });

  afterAll(async () => {
    await server.close();
  });

  it('keeps the old call: `matches`, most recently changed first, with the paging fields added', async () => {
    const { status, body } = await inbox(maker);
    expect(status).toBe(200);
    const updated = body.matches.map((match) => match.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(body).toMatchObject({ total: body.matches.length, offset: 0, nextOffset: null });
    expect(body.matches.every((match) => match.dealId === null)).toBe(true);
  });

  it('ranks by fit and pages through every card exactly once', async () => {
    const ranked = (await inbox(maker, 'sort=fit')).body;
    const scores = ranked.matches.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ranked.matches.at(-1)?.listing.id).toBe(weak.id);
    const seen: string[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page: MatchInboxPage = (await inbox(maker, `sort=fit&limit=1&offset=${offset}`)).body;
      expect(page.total).toBe(ranked.total);
      seen.push(...page.matches.map((match) => match.matchId));
      offset = page.nextOffset;
    }
    expect(seen).toEqual(ranked.matches.map((match) => match.matchId));
  });

  it('finds 简体 text from a 繁體 search, and filters by their sector, region and score', async () => {
    const found = (await inbox(maker, `q=${encodeURIComponent('無人機檢測')}`)).body;
    expect(found.matches.map((match) => match.listing.id)).toEqual([strong.id]);
    const eu = (await inbox(maker, 'region=eu&sort=fit')).body.matches.map((match) => match.listing.id);
    expect(eu).toContain(strong.id);
    expect(eu).not.toContain(weak.id);
    const [top, second] = (await inbox(maker, 'sort=fit')).body.matches;
    const best = (await inbox(maker, `minScore=${(top.score + second.score) / 2}`)).body;
    expect(best.matches.map((match) => match.matchId)).toEqual([top.matchId]);
    const none = (await inbox(maker, 'sector=fintech')).body;
    expect(none).toMatchObject({ matches: [], total: 0 });
    expect(none.facets.tabs).toEqual({ active: 0, snoozed: 0, declined: 0 });
  });

  it('never reaches what the caller may not see: an anonymous side’s name, another organisation’s listing, a withdrawn listing', async () => {
    expect((await inbox(maker, 'q=Hush')).body.total).toBe(0);
    expect((await inbox(maker, `q=${encodeURIComponent('Confidential drone')}`)).body.matches.map((match) => match.listing.id)).toEqual([hidden.id]);
    const theirs = (await inbox(maker, `listing=${outsiderNeed.id}`)).body;
    expect(theirs).toMatchObject({ matches: [], total: 0 });
    expect(theirs.facets.listings.map((listing) => listing.id)).toEqual([need.id]);
    expect(JSON.stringify((await inbox(outsider, `listing=${need.id}`)).body.matches)).toBe('[]');
    expect((await call(server.url, lab, 'POST', `/api/listings/${weak.id}/withdraw`)).status).toBe(200);
    expect((await inbox(maker, `q=${encodeURIComponent('General laboratory')}`)).body.total).toBe(0);
  });

  it('refuses malformed filters with a validation error', async () => {
    for (const query of ['sort=best', 'minScore=2', 'sector=not-a-sector', 'offset=-1', `q=${'x'.repeat(201)}`]) {
      expect((await inbox(maker, query)).status, query).toBe(400);
    }
  });

  it('links a card to the deal room its pair opened', async () => {
    const card = (await inbox(maker)).body.matches.find((match) => match.listing.id === strong.id);
    if (!card) throw new Error('the strong offer is not in the inbox');
    for (const user of [maker, lab]) expect((await call(server.url, user, 'POST', `/api/matches/${card.matchId}/interest`)).status).toBe(200);
    const opened = await call<{ id: string }>(server.url, lab, 'POST', '/api/deals', { matchId: card.matchId });
    expect(opened.status).toBe(201);
    const after = (await inbox(maker, 'sort=fit')).body.matches.find((match) => match.matchId === card.matchId);
    expect(after).toMatchObject({ state: 'mutual', dealId: opened.body.id });
  });
});
