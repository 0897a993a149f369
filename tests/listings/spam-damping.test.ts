// Spam damping at the listing edge, over real HTTP and the embedded store on a clock the test
// moves: wording too thin to match is refused at publish and at edit (400 `listing_too_thin`,
// nothing stored), and an organisation's listings per day are limited (429 `listing_limit` with
// when the next frees up), the allowance coming back a day later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingPage, ListingView } from '../../shared/schemas/listings.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { call, CERTIFIER, createListing, createOrg, needFor, offerFor } from './marketplace-helpers.ts';

const HOUR = 3_600_000;
const PER_DAY = 3;

interface Refusal {
  error: string;
  message: string;
  details?: { found?: number; needed?: number; freesAt?: string; limit?: number };
}

describe('listings that say too little, and too many listings a day', () => {
  let server: TestServer;
  let nowMs = Date.parse('2030-05-04T08:00:00Z');
  let maker: TestUser;
  let makerOrg: OrgView;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => new Date(nowMs), trust: { listingsPerDay: PER_DAY } });
    maker = await registerUser(server.url, 'Maker');
    makerOrg = await createOrg(server.url, maker);
  });

  afterAll(async () => {
    await server.close();
  });

  const listingsOf = async (orgId: string) => (await call<ListingPage>(server.url, maker, 'GET', `/api/listings?orgId=${orgId}`)).body;

  it('refuses a script tag and two words at publish, storing nothing', async () => {
    const before = (await listingsOf(makerOrg.id)).total;
    const refused = await call<Refusal>(server.url, maker, 'POST', '/api/listings', needFor(makerOrg.id, { title: 'buy now', description: '<script>alert(1)</script> buy now' }));
    expect([refused.status, refused.body.error]).toEqual([400, 'listing_too_thin']);
    expect(refused.body.details).toEqual({ found: 2, needed: 5 });
    expect(refused.body.message).toMatch(/at least 5 distinct words/u);
    expect((await listingsOf(makerOrg.id)).total).toBe(before);
  });

  it('refuses emoji alone and one word repeated', async () => {
    for (const [title, description] of [['🚀🚀🚀', '🔥🔥🔥 💰💰💰'], ['cheap cheap', 'cheap cheap cheap cheap cheap cheap']]) {
      const refused = await call<Refusal>(server.url, maker, 'POST', '/api/listings', needFor(makerOrg.id, { title, description }));
      expect([refused.status, refused.body.error]).toEqual([400, 'listing_too_thin']);
    }
  });

  it('accepts a real short need in Chinese', async () => {
    const listing = await createListing(server.url, maker, needFor(makerOrg.id, { title: '無人機電池供應商', description: '尋找深圳無人機電池供應商，年產能十萬套' }));
    expect(listing.description).toBe('尋找深圳無人機電池供應商，年產能十萬套');
  });

  it('refuses an edit that leaves too little, keeping the stored wording, and allows other edits', async () => {
    const listing = (await listingsOf(makerOrg.id)).listings[0];
    const refused = await call<Refusal>(server.url, maker, 'PATCH', `/api/listings/${listing.id}`, { title: '<b>!!!</b>', description: '<script>x()</script>買買買' });
    expect([refused.status, refused.body.error]).toEqual([400, 'listing_too_thin']);
    expect((await call<ListingView>(server.url, maker, 'GET', `/api/listings/${listing.id}`)).body.title).toBe(listing.title);
    const edited = await call<ListingView>(server.url, maker, 'PATCH', `/api/listings/${listing.id}`, { regions: ['hk'] });
    expect([edited.status, edited.body.regions]).toEqual([200, ['hk']]);
  });

  it('limits listings per organisation per rolling day, says when the next frees up, and frees it a day later', async () => {
    const certifier = await registerUser(server.url, 'Certifier');
    const certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    const firstAt = nowMs;
    for (let i = 0; i < PER_DAY; i += 1) {
      await createListing(server.url, certifier, offerFor(certifierOrg.id, { title: `Drone testing and certification, lab ${i}` }));
      nowMs += HOUR;
    }
    const refused = await call<Refusal>(server.url, certifier, 'POST', '/api/listings', offerFor(certifierOrg.id));
    expect([refused.status, refused.body.error]).toEqual([429, 'listing_limit']);
    expect(refused.body.details).toEqual({ limit: PER_DAY, freesAt: new Date(firstAt + 24 * HOUR).toISOString() });
    // Withdrawing does not give the allowance back.
    const own = (await call<ListingPage>(server.url, certifier, 'GET', `/api/listings?orgId=${certifierOrg.id}`)).body.listings;
    await call(server.url, certifier, 'POST', `/api/listings/${own[0].id}/withdraw`);
    expect((await call<Refusal>(server.url, certifier, 'POST', '/api/listings', offerFor(certifierOrg.id))).status).toBe(429);
    // Another organisation keeps its own allowance.
    expect((await call(server.url, maker, 'POST', '/api/listings', needFor(makerOrg.id))).status).toBe(201);
    nowMs = firstAt + 24 * HOUR + 1;
    expect((await call(server.url, certifier, 'POST', '/api/listings', offerFor(certifierOrg.id))).status).toBe(201);
    expect((await call<Refusal>(server.url, certifier, 'POST', '/api/listings', offerFor(certifierOrg.id))).body.error).toBe('listing_limit');
  });
});
