// Spam reports and suspension over real HTTP and the embedded store: a member reports an
// organisation (or an anonymous listing, learning nothing of its organisation), once; an admin
// sees the reports with counts and suspends: the organisation's listings leave others' inboxes,
// the marketplace and matching, and its members cannot publish; reinstating brings them back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingPage, ListingView } from '../../shared/schemas/listings.ts';
import type { MatchInboxPage } from '../../shared/schemas/matches.ts';
import type { ReportedOrgList } from '../../shared/schemas/moderation.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { postJson, registerUser, STRONG_PASSWORD, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { call, CERTIFIER, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';

const ADMIN_EMAIL = 'moderator@superconnector.example';

describe('spam reports and suspension', () => {
  let server: TestServer;
  let maker: TestUser;
  let spammer: TestUser;
  let loner: TestUser;
  let admin: TestUser;
  let makerOrg: OrgView;
  let spamOrg: OrgView;
  let spamOffer: ListingView;
  let hiddenOffer: ListingView;

  beforeAll(async () => {
    server = await startTestServer({ adminEmails: [ADMIN_EMAIL] });
    [maker, spammer, loner] = await Promise.all([registerUser(server.url, 'Maker'), registerUser(server.url, 'Spammer'), registerUser(server.url, 'Loner')]);
    const response = await postJson(`${server.url}/api/auth/register`, { name: 'Moderator', email: ADMIN_EMAIL, password: STRONG_PASSWORD });
    admin = { ...((await response.json()) as Omit<TestUser, 'cookie' | 'password'>), password: STRONG_PASSWORD, cookie: '' };
    makerOrg = await createOrg(server.url, maker);
    spamOrg = await createOrg(server.url, spammer, { ...CERTIFIER, name: 'Cheap Certs Ltd' });
    await createListing(server.url, maker, needFor(makerOrg.id));
    spamOffer = await createListing(server.url, spammer, offerFor(spamOrg.id));
    hiddenOffer = await createListing(server.url, spammer, offerFor(spamOrg.id, { title: 'Confidential drone certification', anonymous: true }));
  });

  afterAll(async () => {
    await server.close();
  });

  const report = (user: TestUser | null, body: unknown) => call<Record<string, unknown>>(server.url, user, 'POST', '/api/moderation/reports', body);
  const suspend = (user: TestUser | null, orgId: string, suspended: boolean) => call<Record<string, unknown>>(server.url, user, 'PUT', `/api/moderation/orgs/${orgId}/suspension`, { suspended });
  const inboxTitles = async () => (await call<MatchInboxPage>(server.url, maker, 'GET', '/api/matches')).body.matches.map((match) => match.listing.title);
  const marketplaceIds = async () => (await call<ListingPage>(server.url, maker, 'GET', '/api/listings?pageSize=100')).body.listings.map((listing) => listing.id);

  it('takes a report by listing without telling whose listing it is, and refuses a second one', async () => {
    const receipt = await report(maker, { listingId: hiddenOffer.id, reason: 'Copies other labs’ offers word for word' });
    expect(receipt.status).toBe(201);
    expect(Object.keys(receipt.body).sort()).toEqual(['createdAt', 'id']);
    expect(JSON.stringify(receipt.body)).not.toContain(spamOrg.id);
    const again = await report(maker, { orgId: spamOrg.id, reason: 'Spam again' });
    expect([again.status, again.body.error]).toEqual([409, 'conflict']);
  });

  it('refuses bad reports with clear 4xx', async () => {
    expect((await report(null, { orgId: spamOrg.id, reason: 'Spam' })).status).toBe(401);
    expect((await report(spammer, { orgId: spamOrg.id, reason: 'Reporting myself' })).status).toBe(400);
    expect((await report(loner, { orgId: spamOrg.id, reason: 'Not a member anywhere' })).status).toBe(403);
    expect((await report(maker, { orgId: 'no-such-org', reason: 'Who is this' })).status).toBe(404);
    expect((await report(maker, { listingId: 'no-such-listing', reason: 'What is this' })).status).toBe(404);
    expect((await report(maker, { orgId: spamOrg.id })).status).toBe(400);
    expect((await report(maker, { orgId: spamOrg.id, listingId: spamOffer.id, reason: 'Both' })).status).toBe(400);
    expect((await report(maker, { orgId: spamOrg.id, reason: '\u200b\u200b\u200b' })).status).toBe(400);
  });

  it('shows reports to admins only, with counts', async () => {
    expect((await call(server.url, null, 'GET', '/api/moderation/reports')).status).toBe(401);
    expect((await call(server.url, maker, 'GET', '/api/moderation/reports')).status).toBe(403);
    const listed = await call<ReportedOrgList>(server.url, admin, 'GET', '/api/moderation/reports');
    expect(listed.status).toBe(200);
    expect(listed.body.orgs).toEqual([
      expect.objectContaining({ org: { id: spamOrg.id, name: 'Cheap Certs Ltd' }, reports: 1, suspended: false, reasons: [expect.objectContaining({ reason: 'Copies other labs’ offers word for word', listingTitle: 'Confidential drone certification' })] }),
    ]);
  });

  it('lets only admins suspend', async () => {
    expect((await suspend(null, spamOrg.id, true)).status).toBe(401);
    expect((await suspend(maker, spamOrg.id, true)).status).toBe(403);
    expect((await suspend(admin, 'no-such-org', true)).status).toBe(404);
    expect((await call(server.url, admin, 'PUT', `/api/moderation/orgs/${spamOrg.id}/suspension`, { suspended: 'yes' })).status).toBe(400);
  });

  it('suspending takes the organisation out of inboxes, the marketplace and matching, and stops it publishing', async () => {
    expect(await inboxTitles()).toContain(spamOffer.title);
    expect(await marketplaceIds()).toContain(spamOffer.id);
    expect((await suspend(admin, spamOrg.id, true)).body).toEqual({ orgId: spamOrg.id, suspended: true });
    expect(await inboxTitles()).not.toContain(spamOffer.title);
    expect(await marketplaceIds()).not.toContain(spamOffer.id);
    expect((await call(server.url, maker, 'GET', `/api/listings/${spamOffer.id}`)).status).toBe(404);
    expect((await call<ListingPage>(server.url, maker, 'GET', `/api/listings?orgId=${spamOrg.id}`)).body.total).toBe(0);
    expect((await call<ListingPage>(server.url, maker, 'GET', '/api/listings?q=drone%20testing')).body.listings.map((listing) => listing.id)).not.toContain(spamOffer.id);
    const refused = await call<{ error: string }>(server.url, spammer, 'POST', '/api/listings', offerFor(spamOrg.id));
    expect([refused.status, refused.body.error]).toEqual([403, 'org_suspended']);
    expect((await call<{ error: string }>(server.url, spammer, 'PATCH', `/api/listings/${spamOffer.id}`, { regions: ['hk'] })).body.error).toBe('org_suspended');
    // A new need finds nothing of the suspended organisation.
    const fresh = await createListing(server.url, maker, needFor(makerOrg.id, { title: 'Seeking CE testing for spraying drones' }));
    const ranked = await call<{ matches: { listing: { id: string } }[] }>(server.url, maker, 'GET', `/api/listings/${fresh.id}/matches?limit=20`);
    expect(ranked.body.matches.map((match) => match.listing.id)).not.toContain(spamOffer.id);
    // Its own members still see their listings.
    expect((await call(server.url, spammer, 'GET', `/api/listings/${spamOffer.id}`)).status).toBe(200);
  });

  it('reinstating brings its listings and matches back, and lets it publish', async () => {
    expect((await suspend(admin, spamOrg.id, false)).body).toEqual({ orgId: spamOrg.id, suspended: false });
    expect(await inboxTitles()).toContain(spamOffer.title);
    expect(await marketplaceIds()).toContain(spamOffer.id);
    expect((await call(server.url, spammer, 'POST', '/api/listings', offerFor(spamOrg.id, { title: 'Drone testing, reinstated' }))).status).toBe(201);
    expect((await call<ReportedOrgList>(server.url, admin, 'GET', '/api/moderation/reports')).body.orgs[0].suspended).toBe(false);
  });
});
