// Matching across instances sharing one store: a listing created, edited or withdrawn on one
// instance reaches the other instances' matching index (search and suggestions there), a suggestion
// made on one reaches users connected to another, and what was missed during a Redis outage is
// caught up once Redis returns. The last suite drives two indexers over an in-memory link to look
// inside their engines, which the REST API never shows (it filters dead listings out anyway).
import { rm } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ListingPage } from '../../shared/schemas/listings.ts';
import type { MatchView } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import type { IndexPeerEvent, IndexPeers, MatchableListing } from '../../server/listings/index.ts';
import { ListingIndexer, ListingRepository, type ListingRecord } from '../../server/listings/index.ts';
import { createLogger } from '../../server/logger.ts';
import { OrgRepository, type OrgRecord } from '../../server/orgs/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { makeTempDir } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { CERTIFIER, call, connectSocket, createListing, createOrg, needFor, offerFor, record, type AppSocket } from '../listings/marketplace-helpers.ts';
import { describeWithRedis, startCluster, type TestCluster } from './cluster.ts';

describeWithRedis('matching across instances', () => {
  let cluster: TestCluster;
  let maker: TestUser;
  let certifier: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;
  const sockets: AppSocket[] = [];

  beforeAll(async () => {
    cluster = await startCluster(2);
    [maker, certifier] = await Promise.all([registerUser(cluster.instances[0].url, 'Drone maker'), registerUser(cluster.instances[0].url, 'Certifier')]);
    makerOrg = await createOrg(cluster.instances[0].url, maker);
    certifierOrg = await createOrg(cluster.instances[0].url, certifier, CERTIFIER);
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });

  afterAll(async () => {
    await cluster.close();
  });

  const url = (instance: number) => cluster.instances[instance].url;

  /** Ids of the marketplace's free-text search hits on one instance (answered by its own engine). */
  async function searchIds(instance: number, q: string): Promise<string[]> {
    const response = await call<ListingPage>(url(instance), maker, 'GET', `/api/listings?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return response.body.listings.map((listing) => listing.id);
  }

  async function open(instance: number, user: TestUser): Promise<AppSocket> {
    const socket = await connectSocket(url(instance), user);
    sockets.push(socket);
    return socket;
  }

  it('finds a listing created on one instance in a search on the other, follows its edits, and drops it once withdrawn', async () => {
    const offer = await createListing(url(0), certifier, offerFor(certifierOrg.id, { title: 'Gyrostabiliser calibration for drones' }));
    await waitFor(async () => (await searchIds(1, 'gyrostabiliser')).includes(offer.id), 'the new listing in the other instance’s search');

    const edited = await call(url(0), certifier, 'PATCH', `/api/listings/${offer.id}`, { title: 'Anemometer calibration for drones' });
    expect(edited.status).toBe(200);
    await waitFor(async () => (await searchIds(1, 'anemometer')).includes(offer.id), 'the edited title in the other instance’s search');
    expect(await searchIds(1, 'gyrostabiliser')).not.toContain(offer.id);

    expect((await call(url(0), certifier, 'POST', `/api/listings/${offer.id}/withdraw`)).status).toBe(200);
    await waitFor(async () => !(await searchIds(1, 'anemometer')).includes(offer.id), 'the withdrawn listing to leave the other instance’s search');
  });

  it('suggests against listings from the other instance and pushes the match to sockets on either instance', async () => {
    const certifierOnFirst = record(await open(0, certifier), 'match:suggested');
    const makerOnFirst = record(await open(0, maker), 'match:suggested');
    const makerOnSecond = record(await open(1, maker), 'match:suggested');
    const offer = await createListing(url(0), certifier, offerFor(certifierOrg.id, { title: 'Propeller thrust testing for drones' }));
    await waitFor(async () => (await searchIds(1, 'propeller')).includes(offer.id), 'the offer in the second instance’s engine');

    // The second instance computes this match: its engine must hold the offer made on the first.
    const need = await createListing(url(1), maker, needFor(makerOrg.id, { title: 'Seeking propeller thrust testing' }));
    const pairedWith = (events: MatchView[], mine: string, theirs: string) => events.some((match) => match.mine.id === mine && match.listing.id === theirs);
    await waitFor(() => pairedWith(certifierOnFirst, offer.id, need.id), 'the suggestion to reach the certifier on the first instance');
    await waitFor(() => pairedWith(makerOnFirst, need.id, offer.id) && pairedWith(makerOnSecond, need.id, offer.id), 'the suggestion on both of the maker’s sockets');

    // And the other way round: the first instance matches a new offer against the need made on the second.
    await waitFor(async () => (await searchIds(0, 'propeller')).includes(need.id), 'the need in the first instance’s engine');
    const second = await createListing(url(0), certifier, offerFor(certifierOrg.id, { title: 'Propeller balancing and thrust testing' }));
    await waitFor(() => pairedWith(makerOnSecond, need.id, second.id), 'the first instance’s suggestion to reach the maker on the second');
  });

  it('catches up after a Redis outage with the listings the other instance created and withdrew meanwhile', async () => {
    // Listings nothing complements, so only the index catch-up is at stake here.
    const unmatched = (title: string) =>
      offerFor(certifierOrg.id, { category: 'investment', title, description: 'Seed capital for payments start-ups.', sectors: ['fintech'], regions: ['uk'] });
    const before = await createListing(url(0), certifier, unmatched('Lidar payments seed fund'));
    await waitFor(async () => (await searchIds(1, 'lidar')).includes(before.id), 'the listing made before the outage');

    await cluster.redis.kill();
    const during = await createListing(url(0), certifier, unmatched('Lidar payments growth fund'));
    expect((await call(url(0), certifier, 'POST', `/api/listings/${before.id}/withdraw`)).status).toBe(200);
    expect(await searchIds(1, 'lidar')).not.toContain(during.id);

    await cluster.redis.restart();
    await waitFor(async () => (await searchIds(1, 'lidar')).includes(during.id), 'the listing made during the outage on the other instance', 15_000);
    expect(await searchIds(1, 'lidar')).not.toContain(before.id);
  });

  it('still answers a listing that makes a match while Redis is away, and pushes it to this instance’s own sockets', async () => {
    const makerHere = record(await open(0, maker), 'match:suggested');
    const need = await createListing(url(0), maker, needFor(makerOrg.id, { title: 'Seeking rotor noise testing' }));
    await waitFor(async () => (await searchIds(1, 'rotor')).includes(need.id), 'the need in the second instance’s engine');

    await cluster.redis.kill();
    try {
      // Before the fallback to local sockets this request waited for Redis to come back.
      const offer = await createListing(url(0), certifier, offerFor(certifierOrg.id, { title: 'Rotor noise testing for drones' }));
      await waitFor(() => makerHere.some((match) => match.mine.id === need.id && match.listing.id === offer.id), 'the suggestion on the maker’s socket on this instance');
    } finally {
      await cluster.redis.restart();
    }
  });
});

/** The parts of the engine the indexer drives, recorded so a test can look inside. */
class RecordingEngine {
  readonly listings = new Map<string, MatchableListing>();

  upsert(listing: MatchableListing): void {
    this.listings.set(listing.id, listing);
  }

  remove(id: string): boolean {
    return this.listings.delete(id);
  }
}

/** Instances linked in memory; `deaf` ones miss what is announced, as during an outage. */
class PeerHub {
  private readonly listeners = new Map<number, (event: IndexPeerEvent) => void>();
  readonly deaf = new Set<number>();

  peersOf(self: number): IndexPeers {
    return {
      announce: (change) => {
        for (const [other, listener] of this.listeners) if (other !== self && !this.deaf.has(other)) listener(change);
      },
      listen: (listener) => {
        this.listeners.set(self, listener);
        return () => this.listeners.delete(self);
      },
    };
  }

  resync(instance: number): void {
    this.listeners.get(instance)?.({ type: 'resync' });
  }
}

describe('listing indexers linked to their peers', () => {
  const now = new Date();
  let dir: string;
  let store: EmbeddedStore;
  let listings: ListingRepository;
  let orgs: OrgRepository;
  let hub: PeerHub;
  let engines: RecordingEngine[];
  let indexers: ListingIndexer[];
  let org: OrgRecord;

  beforeEach(async () => {
    dir = await makeTempDir('superconnector-index-peers-');
    store = await EmbeddedStore.open(dir);
    listings = new ListingRepository(store);
    orgs = new OrgRepository(store);
    hub = new PeerHub();
    engines = [new RecordingEngine(), new RecordingEngine()];
    const logger = createLogger('silent');
    indexers = engines.map((engine, index) => new ListingIndexer(engine, listings, orgs, { peers: hub.peersOf(index), logger }));
    for (const indexer of indexers) await indexer.loadAll(now);
    org = { _id: 'org-1', name: 'Harbour Testing', names: {}, region: 'hk', sectors: ['drones'], capabilities: [], certifications: [], languages: ['en'], size: null, description: '', createdBy: 'u', createdAt: now, updatedAt: now };
    await orgs.insert(org);
  });

  afterEach(async () => {
    for (const indexer of indexers) await indexer.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function stored(id: string, title: string): Promise<ListingRecord> {
    const listing: ListingRecord = {
      _id: id, orgId: org._id, kind: 'offer', category: 'professional-service', title, description: 'Drone testing.', sectors: ['drones'], regions: ['hk'],
      dealSize: null, stage: null, languages: [], certifications: [], anonymous: false, status: 'active', expiresAt: null, createdBy: 'u', createdAt: now, updatedAt: now,
    };
    await listings.insert(listing);
    return listing;
  }

  const titleOn = (instance: number, id: string) => engines[instance].listings.get(id)?.title;

  it('repeats an index, edit and removal on the other instance from the store, never from the announcement', async () => {
    const listing = await stored('l-1', 'Drone testing');
    indexers[0].index(listing, org);
    await waitFor(() => titleOn(1, 'l-1') === 'Drone testing', 'the listing on the other instance');

    // What the other instance indexes is what it reads, not what the announcing instance held.
    await listings.update('l-1', { title: 'Drone testing, stored' });
    indexers[0].index({ ...listing, title: 'Drone testing, in memory' }, org);
    await waitFor(() => titleOn(1, 'l-1') === 'Drone testing, stored', 'the stored edit on the other instance');

    await listings.update('l-1', { status: 'withdrawn' });
    indexers[0].remove('l-1');
    await waitFor(() => !engines[1].listings.has('l-1'), 'the removal on the other instance');
  });

  it('re-indexes an organisation’s listings on the other instance when its profile changed', async () => {
    indexers[0].index(await stored('l-2', 'EMC testing'), org);
    await waitFor(() => engines[1].listings.get('l-2')?.orgRegion === 'hk', 'the listing on the other instance');
    await orgs.update(org._id, { region: 'shenzhen', certifications: ['HOKLAS'] }, now);
    await indexers[0].reindexOrg({ ...org, region: 'shenzhen', certifications: ['HOKLAS'] }, now);
    await waitFor(() => engines[1].listings.get('l-2')?.orgRegion === 'shenzhen', 'the new region on the other instance');
    expect(engines[1].listings.get('l-2')?.orgCertifications).toEqual(['HOKLAS']);
  });

  it('reloads after missed announcements: picks up new listings and drops the ones no longer live', async () => {
    const kept = await stored('l-3', 'Kept');
    const withdrawn = await stored('l-4', 'Withdrawn later');
    indexers[0].index(kept, org);
    indexers[0].index(withdrawn, org);
    await waitFor(() => engines[1].listings.size === 2, 'both listings on the other instance');

    hub.deaf.add(1);
    indexers[0].index(await stored('l-5', 'Created unheard'), org);
    await listings.update('l-4', { status: 'withdrawn' });
    indexers[0].remove('l-4');
    await listings.update('l-3', { expiresAt: new Date(Date.now() - 1_000) });
    await quietFor(50, 'the deaf instance would have heard the announcements');
    expect([...engines[1].listings.keys()].sort()).toEqual(['l-3', 'l-4']);

    hub.deaf.delete(1);
    hub.resync(1);
    await waitFor(() => [...engines[1].listings.keys()].join() === 'l-5', 'the reload to match the store');
  });
});
