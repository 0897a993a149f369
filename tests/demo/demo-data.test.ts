// The demo loader against a real app on a temp-dir embedded store, at a small size: everything
// goes through the REST API, every code is the taxonomy's, the text is trilingual, the featured
// drone maker and Singapore distributor match each other, and a second run changes nothing.
import { Converter } from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, FULL_DEMO, generateDemoData, loadDemo, type DemoSummary } from '../../server/demo/index.ts';
import { EmbeddedStore, type Store } from '../../server/store/index.ts';
import type { DealView } from '../../shared/schemas/deals.ts';
import { CreateListingBodySchema } from '../../shared/schemas/listings.ts';
import type { ListingPage } from '../../shared/schemas/listings.ts';
import type { ListingMatch } from '../../shared/schemas/matches.ts';
import type { NdaGateView } from '../../shared/schemas/nda.ts';
import { CreateOrgBodySchema, type OrgView } from '../../shared/schemas/orgs.ts';
import { CATEGORY_CODES, DEAL_SIZE_CODES, ORG_SIZE_CODES, PROJECT_STAGE_CODES, REGION_CODES, SECTOR_CODES } from '../../shared/taxonomy/index.ts';
import { postJson } from '../helpers/api.ts';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

const SMALL = { orgs: 30, listings: 60, seed: FULL_DEMO.seed };
const toSimplified = Converter({ from: 'hk', to: 'cn' });
const toTraditional = Converter({ from: 'cn', to: 'hk' });

interface StoredListing {
  _id: string;
  orgId: string;
  kind: string;
  category: string;
  title: string;
  description: string;
  sectors: string[];
  regions: string[];
  dealSize: string | null;
  stage: string | null;
}

interface StoredOrg {
  _id: string;
  region: string;
  sectors: string[];
  size: string | null;
}

/** Which written languages a text is in: Latin-script English, Traditional or Simplified Chinese. */
function scriptsOf(text: string): { en: boolean; hant: boolean; hans: boolean } {
  const han = text.replace(/[^\p{Script=Han}]/gu, '');
  const traditionalForms = toSimplified(han) !== han;
  const simplifiedForms = toTraditional(han) !== han;
  return { en: /[A-Za-z]{4,}/.test(text), hant: traditionalForms && !simplifiedForms, hans: simplifiedForms && !traditionalForms };
}

async function signIn(baseUrl: string, email: string): Promise<Record<string, string>> {
  const response = await postJson(`${baseUrl}/api/auth/login`, { email, password: DEMO_PASSWORD });
  expect(response.status).toBe(200);
  const { token } = (await response.json()) as { token: string };
  return { authorization: `Bearer ${token}` };
}

async function getJson<T>(baseUrl: string, path: string, headers: Record<string, string>): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, { headers });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The signed-in person's only organisation and its listings, as the API shows them. */
async function ownListings(baseUrl: string, headers: Record<string, string>): Promise<ListingPage['listings']> {
  const { orgs } = await getJson<{ orgs: OrgView[] }>(baseUrl, '/api/orgs/mine', headers);
  expect(orgs).toHaveLength(1);
  return (await getJson<ListingPage>(baseUrl, `/api/listings?orgId=${orgs[0].id}`, headers)).listings;
}

describe('demo data', () => {
  let dataDir: string;
  let store: Store;
  let summary: DemoSummary;
  let server: TestServer;

  beforeAll(async () => {
    dataDir = await makeTempDir('superconnector-demo-');
    store = await EmbeddedStore.open(dataDir);
    const outcome = await loadDemo({ store, logger: createLogger('silent'), size: SMALL });
    if (outcome.status !== 'loaded') throw new Error('the demo did not load into an empty store');
    summary = outcome.summary;
    server = await startTestServer({ dataDir, store });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('stores the requested numbers of organisations and listings, with their people and matches', async () => {
    expect(summary).toMatchObject({ orgs: SMALL.orgs, listings: SMALL.listings });
    expect(await store.collection('orgs').count({})).toBe(SMALL.orgs);
    expect(await store.collection('listings').count({})).toBe(SMALL.listings);
    expect(await store.collection('users').count({})).toBe(summary.users);
    expect(summary.users).toBeGreaterThan(SMALL.orgs);
    expect(summary.matches).toBeGreaterThan(0);
    expect(await store.collection('matches').count({})).toBe(summary.matches);
    expect(summary.anonymousListings).toBeGreaterThan(0);
  });

  it('uses only taxonomy codes in every stored organisation and listing', async () => {
    const valid = (codes: readonly string[]) => new Set(codes);
    const [sectors, regions, categories, sizes, stages, orgSizes] = [SECTOR_CODES, REGION_CODES, CATEGORY_CODES, DEAL_SIZE_CODES, PROJECT_STAGE_CODES, ORG_SIZE_CODES].map(valid);
    for (const org of await store.collection<StoredOrg>('orgs').find({})) {
      expect(regions.has(org.region), org.region).toBe(true);
      for (const code of org.sectors) expect(sectors.has(code), code).toBe(true);
      if (org.size !== null) expect(orgSizes.has(org.size), org.size).toBe(true);
    }
    for (const listing of await store.collection<StoredListing>('listings').find({})) {
      expect(categories.has(listing.category), listing.category).toBe(true);
      for (const code of listing.sectors) expect(sectors.has(code), code).toBe(true);
      for (const code of listing.regions) expect(regions.has(code), code).toBe(true);
      if (listing.dealSize !== null) expect(sizes.has(listing.dealSize), listing.dealSize).toBe(true);
      if (listing.stage !== null) expect(stages.has(listing.stage), listing.stage).toBe(true);
    }
  });

  it('writes listings in English, Traditional Chinese and Simplified Chinese', async () => {
    const listings = await store.collection<StoredListing>('listings').find({});
    const scripts = listings.map((listing) => scriptsOf(`${listing.title}\n${listing.description}`));
    expect(scripts.filter((found) => found.en).length).toBeGreaterThan(0);
    expect(scripts.filter((found) => found.hant).length).toBeGreaterThan(0);
    expect(scripts.filter((found) => found.hans).length).toBeGreaterThan(0);
  });

  it('matches the drone maker’s and the Singapore distributor’s listings with each other, both ways', async () => {
    const drones = await signIn(server.url, DEMO_ACCOUNTS.droneMaker.email);
    const distributor = await signIn(server.url, DEMO_ACCOUNTS.distributor.email);
    const dronesListings = await ownListings(server.url, drones);
    const distributorListings = await ownListings(server.url, distributor);
    const distributorIds = new Set(distributorListings.map((listing) => listing.id));
    const dronesIds = new Set(dronesListings.map((listing) => listing.id));

    for (const [headers, mine, theirs] of [[drones, dronesListings, distributorIds], [distributor, distributorListings, dronesIds]] as const) {
      const matchedTheirs = [];
      for (const listing of mine) {
        const { matches } = await getJson<{ matches: ListingMatch[] }>(server.url, `/api/listings/${listing.id}/matches?limit=5`, headers);
        const top = matches[0];
        if (top && theirs.has(top.listing.id)) matchedTheirs.push(top);
      }
      // Distribution and supply: each side's best match for both pair listings is the other side.
      expect(matchedTheirs.length).toBeGreaterThanOrEqual(2);
      for (const match of matchedTheirs) {
        expect(match.matchId).toBeDefined();
        expect(match.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it('opens a deal room where the adviser and the manager sit beside the two parties, behind an NDA they accepted', async () => {
    const manager = await signIn(server.url, DEMO_ACCOUNTS.manager.email);
    const { deals } = await getJson<{ deals: DealView[] }>(server.url, '/api/deals', manager);
    const featured = deals.find((deal) => deal.orgs.some((org) => org.name.startsWith('Merlion Aerial')));
    expect(featured?.members.map((member) => member.role).sort()).toEqual(['adviser', 'manager', 'party', 'party']);
    const adviser = await signIn(server.url, DEMO_ACCOUNTS.adviser.email);
    const adviserDeals = await getJson<{ deals: DealView[] }>(server.url, '/api/deals', adviser);
    expect(adviserDeals.deals.map((deal) => deal.id)).toContain(featured?.id);
    for (const headers of [manager, adviser]) {
      const gate = await getJson<NdaGateView>(server.url, `/api/deals/${featured?.id}/nda`, headers);
      expect(gate).toMatchObject({ pending: false, current: { version: 1, required: true } });
    }
    // One other deal's NDA still waits for the adviser: it shows in brief until accepted.
    expect(adviserDeals.deals.filter((deal) => deal.ndaPending).length).toBe(1);
  });

  it('lets every demo account sign in with the shared password', async () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) await signIn(server.url, account.email);
  });

  it('refuses politely to load twice, leaving the store as it was', async () => {
    const outcome = await loadDemo({ store, logger: createLogger('silent'), size: SMALL });
    expect(outcome).toEqual({ status: 'already-loaded', email: DEMO_ACCOUNTS.admin.email });
    expect(await store.collection('listings').count({})).toBe(SMALL.listings);
    expect(await store.collection('orgs').count({})).toBe(SMALL.orgs);
  });
});

describe('demo data generator', () => {
  it('generates the same data set from the same seed, and another from another seed', () => {
    expect(generateDemoData(SMALL)).toEqual(generateDemoData(SMALL));
    expect(generateDemoData({ ...SMALL, seed: SMALL.seed + 1 })).not.toEqual(generateDemoData(SMALL));
  });

  it('builds a full-size data set the API’s own schemas accept, with unique e-mails', () => {
    const dataset = generateDemoData(FULL_DEMO);
    expect(dataset.orgs).toHaveLength(FULL_DEMO.orgs);
    expect(dataset.listings).toHaveLength(FULL_DEMO.listings);
    for (const org of dataset.orgs) expect(CreateOrgBodySchema.safeParse(org.profile).error).toBeUndefined();
    for (const listing of dataset.listings) {
      expect(CreateListingBodySchema.safeParse({ ...listing.body, orgId: 'demo-org' }).error).toBeUndefined();
    }
    const emails = dataset.orgs.flatMap((org) => [org.owner.email, ...org.members.map((member) => member.email)]);
    expect(new Set(emails).size).toBe(emails.length);
  });
});
