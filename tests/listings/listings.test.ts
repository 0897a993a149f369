// Listings over real HTTP: publishing for one's own organisation only, bad input refused with
// nothing stored, editing, withdrawing, the marketplace's filters and paging, and anonymity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingPage, ListingView } from '../../shared/schemas/listings.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { CERTIFIER, addMember, call, createListing, createOrg, needFor, offerFor } from './marketplace-helpers.ts';

describe('listings', () => {
  let server: TestServer;
  let maker: TestUser;
  let certifier: TestUser;
  let outsider: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;

  beforeAll(async () => {
    server = await startTestServer();
    [maker, certifier, outsider] = await Promise.all([
      registerUser(server.url, 'Drone maker'),
      registerUser(server.url, 'Certifier'),
      registerUser(server.url, 'Outsider'),
    ]);
    makerOrg = await createOrg(server.url, maker);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
  });

  afterAll(async () => {
    await server.close();
  });

  const listingCount = () => server.store.collection('listings').count({});
  const browse = (user: TestUser, query = '') => call<ListingPage>(server.url, user, 'GET', `/api/listings${query}`);

  it('publishes a need for a member of the organisation', async () => {
    const response = await call<ListingView>(server.url, maker, 'POST', '/api/listings', needFor(makerOrg.id));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      kind: 'need',
      category: 'professional-service',
      title: 'Seeking CE and FCC testing for inspection drones',
      sectors: ['drones', 'testing-certification'],
      regions: ['shenzhen', 'eu'],
      dealSize: 'under-1m',
      stage: null,
      anonymous: false,
      status: 'active',
      expiresAt: null,
      teaser: false,
      mine: true,
      orgId: makerOrg.id,
      org: { id: makerOrg.id, name: 'Pearl River Drones', region: 'shenzhen' },
    });
    const read = await call<ListingView>(server.url, outsider, 'GET', `/api/listings/${response.body.id}`);
    expect(read.body).toEqual({ ...response.body, mine: false });
  });

  it('accepts listings written in Chinese', async () => {
    const listing = await createListing(
      server.url,
      certifier,
      offerFor(certifierOrg.id, { title: '提供無人機檢測認證服務', description: '香港認可實驗室，為出口歐盟及美國的無人機提供檢測認證。' }),
    );
    expect(listing.title).toBe('提供無人機檢測認證服務');
  });

  it('refuses listings for an organisation the caller does not belong to, storing nothing', async () => {
    const before = await listingCount();
    const foreign = await call(server.url, outsider, 'POST', '/api/listings', needFor(makerOrg.id));
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ error: 'forbidden' });
    expect((await call(server.url, maker, 'POST', '/api/listings', needFor('no-such-org'))).status).toBe(404);
    expect((await call(server.url, null, 'POST', '/api/listings', needFor(makerOrg.id))).status).toBe(401);
    expect(await listingCount()).toBe(before);
  });

  it.each([
    ['an unknown category', { category: 'alchemy' }],
    ['an unknown sector code', { sectors: ['drones', 'perpetual-motion'] }],
    ['an unknown region code', { regions: ['narnia'] }],
    ['an unknown deal size', { dealSize: 'priceless' }],
    ['an unknown stage', { stage: 'legendary' }],
    ['a kind that is neither need nor offer', { kind: 'wish' }],
    ['no title', { title: undefined }],
    ['no sectors', { sectors: [] }],
    ['no regions', { regions: undefined }],
    ['an oversize title', { title: 'x'.repeat(161) }],
    ['an oversize description', { description: '字'.repeat(5001) }],
    ['an operator as the title', { title: { $gt: '' } }],
    ['an operator as the organisation', { orgId: { $ne: null } }],
    ['an operator as a sector', { sectors: [{ $in: ['drones'] }] }],
    ['an operator-looking field', { $where: 'return true' }],
    ['a non-boolean anonymous flag', { anonymous: 'yes' }],
    ['an expiry in the past', { expiresAt: '2001-01-01T00:00:00Z' }],
    ['an expiry that is not a date', { expiresAt: 'next week' }],
  ])('refuses a listing with %s and stores nothing', async (_case, overrides) => {
    const before = await listingCount();
    const response = await call(server.url, maker, 'POST', '/api/listings', needFor(makerOrg.id, overrides));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'bad_request', details: expect.any(Array) });
    expect(await listingCount()).toBe(before);
  });

  it('refuses a body that is not JSON or too large', async () => {
    const before = await listingCount();
    expect((await call(server.url, maker, 'POST', '/api/listings', '{"orgId":')).status).toBe(400);
    const huge = needFor(makerOrg.id, { description: 'x'.repeat(70 * 1024) });
    expect((await call(server.url, maker, 'POST', '/api/listings', huge)).status).toBe(413);
    expect(await listingCount()).toBe(before);
  });

  it('lets members edit a listing and nobody else', async () => {
    const colleague = await registerUser(server.url, 'Colleague');
    await addMember(server.url, maker, makerOrg.id, colleague);
    const listing = await createListing(server.url, maker, needFor(makerOrg.id));
    const edited = await call<ListingView>(server.url, colleague, 'PATCH', `/api/listings/${listing.id}`, {
      title: 'Seeking CE, FCC and UKCA testing for drones',
      regions: ['shenzhen', 'eu', 'uk'],
      stage: 'growth',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Seeking CE, FCC and UKCA testing for drones', regions: ['shenzhen', 'eu', 'uk'], stage: 'growth' });

    expect((await call(server.url, outsider, 'PATCH', `/api/listings/${listing.id}`, { title: 'Defaced' })).status).toBe(403);
    expect((await call(server.url, maker, 'PATCH', `/api/listings/${listing.id}`, { orgId: certifierOrg.id })).status).toBe(400);
    expect((await call(server.url, maker, 'PATCH', `/api/listings/${listing.id}`, { sectors: ['unknown'] })).status).toBe(400);
    expect((await call(server.url, maker, 'PATCH', '/api/listings/missing', { title: 'Anything' })).status).toBe(404);
    const read = await call<ListingView>(server.url, maker, 'GET', `/api/listings/${listing.id}`);
    expect(read.body.title).toBe('Seeking CE, FCC and UKCA testing for drones');
  });

  it('withdraws a listing: marked withdrawn, gone from the marketplace, no longer editable', async () => {
    const listing = await createListing(server.url, maker, needFor(makerOrg.id, { title: 'Short-lived need for drone batteries' }));
    expect((await call(server.url, outsider, 'POST', `/api/listings/${listing.id}/withdraw`)).status).toBe(403);
    const withdrawn = await call<ListingView>(server.url, maker, 'POST', `/api/listings/${listing.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const market = await browse(outsider, '?pageSize=100');
    expect(market.body.listings.map((item) => item.id)).not.toContain(listing.id);
    expect((await call(server.url, maker, 'PATCH', `/api/listings/${listing.id}`, { title: 'Back again' })).status).toBe(409);
    const own = await browse(maker, `?orgId=${makerOrg.id}&pageSize=100`);
    expect(own.body.listings.find((item) => item.id === listing.id)?.status).toBe('withdrawn');
  });

  it('treats a listing past its expiry as expired', async () => {
    const expiresAt = Date.now() + 600;
    const listing = await createListing(
      server.url,
      maker,
      needFor(makerOrg.id, { title: 'Urgent drone certification', expiresAt: new Date(expiresAt).toISOString() }),
    );
    expect(listing.status).toBe('active');
    await waitFor(() => Date.now() > expiresAt, 'the listing’s expiry to pass');
    const read = await call<ListingView>(server.url, maker, 'GET', `/api/listings/${listing.id}`);
    expect(read.body.status).toBe('expired');
    const market = await browse(outsider, '?pageSize=100');
    expect(market.body.listings.map((item) => item.id)).not.toContain(listing.id);

    const renewed = await call<ListingView>(server.url, maker, 'PATCH', `/api/listings/${listing.id}`, {
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(renewed.body.status).toBe('active');
  });
});

describe('the marketplace', () => {
  let server: TestServer;
  let alice: TestUser;
  let bob: TestUser;
  let viewer: TestUser;
  let aliceOrg: OrgView;
  let bobOrg: OrgView;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    [alice, bob, viewer] = await Promise.all([registerUser(server.url, 'Alice'), registerUser(server.url, 'Bob'), registerUser(server.url, 'Viewer')]);
    aliceOrg = await createOrg(server.url, alice);
    bobOrg = await createOrg(server.url, bob, CERTIFIER);
    const post = async (key: string, user: TestUser, body: Record<string, unknown>) => {
      ids[key] = (await createListing(server.url, user, body)).id;
    };
    await post(
      'chips',
      alice,
      needFor(aliceOrg.id, {
        category: 'supply',
        title: 'Seeking EDA tooling partner',
        description: 'Fabless chip designer looking for EDA licences and layout services.',
        sectors: ['chip-design'],
        regions: ['shenzhen'],
      }),
    );
    await post('testing', bob, offerFor(bobOrg.id));
    await post(
      'green',
      bob,
      offerFor(bobOrg.id, {
        category: 'investment',
        title: 'Green bond structuring',
        description: 'Arranging green and transition bonds for issuers in Hong Kong.',
        sectors: ['green-bonds'],
        regions: ['hk'],
      }),
    );
    await post('secret', alice, needFor(aliceOrg.id, { title: 'Confidential drone JV', category: 'joint-venture', anonymous: true, regions: ['qianhai'] }));
  });

  afterAll(async () => {
    await server.close();
  });

  const browse = (user: TestUser, query = '') => call<ListingPage>(server.url, user, 'GET', `/api/listings${query}`);
  const idsOf = (page: ListingPage) => page.listings.map((listing) => listing.id);

  it('lists live listings, newest first, with paging', async () => {
    const all = await browse(viewer);
    expect(all.body).toMatchObject({ page: 1, pageSize: 20, total: 4 });
    expect(idsOf(all.body)).toEqual([ids.secret, ids.green, ids.testing, ids.chips]);
    const second = await browse(viewer, '?page=2&pageSize=3');
    expect(second.body).toMatchObject({ page: 2, pageSize: 3, total: 4 });
    expect(idsOf(second.body)).toEqual([ids.chips]);
  });

  it('filters by kind, category, sector and region, including narrower entries', async () => {
    expect(idsOf((await browse(viewer, '?kind=offer')).body)).toEqual([ids.green, ids.testing]);
    expect(idsOf((await browse(viewer, '?category=investment')).body)).toEqual([ids.green]);
    expect(idsOf((await browse(viewer, '?sector=semiconductors')).body)).toEqual([ids.chips]);
    expect(idsOf((await browse(viewer, '?sector=green-finance')).body)).toEqual([ids.green]);
    expect(idsOf((await browse(viewer, '?region=gba')).body)).toEqual([ids.secret, ids.chips]);
    expect(idsOf((await browse(viewer, '?region=hk&region=qianhai')).body)).toEqual([ids.secret, ids.green, ids.testing]);
    expect(idsOf((await browse(viewer, '?sector=drones,green-bonds&kind=offer')).body)).toEqual([ids.green, ids.testing]);
  });

  it('refuses unknown filter codes and operator-looking parameters', async () => {
    expect((await browse(viewer, '?sector=perpetual-motion')).status).toBe(400);
    expect((await browse(viewer, '?kind=wish')).status).toBe(400);
    expect((await browse(viewer, '?kind[$ne]=need')).body.total).toBe(4);
    expect((await browse(viewer, '?kind=need&kind=offer')).status).toBe(400);
    expect((await browse(viewer, '?pageSize=1000')).status).toBe(400);
    expect((await browse(viewer, `?q=${'x'.repeat(201)}`)).status).toBe(400);
  });

  it('shows an anonymous listing to outsiders as a teaser without its organisation', async () => {
    const teaser = (await browse(viewer)).body.listings.find((listing) => listing.id === ids.secret);
    expect(teaser).toMatchObject({ anonymous: true, teaser: true, title: 'Confidential drone JV' });
    expect(teaser).not.toHaveProperty('orgId');
    expect(teaser).not.toHaveProperty('org');
    expect(JSON.stringify(teaser)).not.toContain(aliceOrg.id);
    expect(JSON.stringify(teaser)).not.toContain('Pearl River');

    const direct = await call<ListingView>(server.url, viewer, 'GET', `/api/listings/${ids.secret}`);
    expect(direct.body.teaser).toBe(true);
    expect(direct.body).not.toHaveProperty('orgId');

    const own = await call<ListingView>(server.url, alice, 'GET', `/api/listings/${ids.secret}`);
    expect(own.body).toMatchObject({ teaser: false, mine: true, orgId: aliceOrg.id });
  });

  it('searches free text in any of the three languages', async () => {
    const chinese = await createListing(
      server.url,
      bob,
      offerFor(bobOrg.id, { title: '提供無人機檢測認證服務', description: '香港認可實驗室，為出口歐盟及美國的無人機提供檢測認證。' }),
    );
    try {
      for (const q of ['檢測認證', '检测认证', 'testing and certification']) {
        const found = idsOf((await browse(viewer, `?q=${encodeURIComponent(q)}`)).body);
        expect(found, q).toEqual(expect.arrayContaining([chinese.id, ids.testing]));
        expect(found, q).not.toContain(ids.green);
        expect(found, q).not.toContain(ids.chips);
      }
      const offersOnly = await browse(viewer, `?q=${encodeURIComponent('检测认证')}&kind=need`);
      expect(idsOf(offersOnly.body)).not.toContain(chinese.id);
      const paged = await browse(viewer, `?q=${encodeURIComponent('檢測認證')}&pageSize=1&page=2`);
      expect(paged.body.listings).toHaveLength(1);
      expect(paged.body.total).toBeGreaterThanOrEqual(2);
    } finally {
      await call(server.url, bob, 'POST', `/api/listings/${chinese.id}/withdraw`);
    }
    expect(idsOf((await browse(viewer, `?q=${encodeURIComponent('檢測認證')}`)).body)).not.toContain(chinese.id);
  });

  it('never ties anonymous listings to their organisation for outsiders filtering by it', async () => {
    expect(idsOf((await browse(viewer, `?orgId=${aliceOrg.id}`)).body)).toEqual([ids.chips]);
    expect(idsOf((await browse(alice, `?orgId=${aliceOrg.id}`)).body)).toEqual([ids.secret, ids.chips]);
  });
});
