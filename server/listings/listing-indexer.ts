// Keeps the matching engine's index in step with the store: one listing at a time as they change,
// every live listing at start, and an organisation's listings when its profile changes. With peers
// (several instances on one store), each change is announced and the others' changes re-read.
import type { Logger } from '../logger.ts';
import type { OrgRecord, OrgRepository } from '../orgs/index.ts';
import type { MatchableListing, MatchEnginePort } from './engine-port.ts';
import type { IndexChange, IndexPeers } from './index-peers.ts';
import { IndexRefresher, type RefreshWork } from './index-refresher.ts';
import type { ListingRecord, ListingRepository } from './listing-repository.ts';
import { isLive } from './listing-status.ts';

const LOAD_BATCH = 2000;

/** The engine's view of a listing; working languages fall back to the organisation's. */
export function toMatchable(listing: ListingRecord, org: OrgRecord | undefined): MatchableListing {
  return {
    id: listing._id,
    orgId: listing.orgId,
    kind: listing.kind,
    category: listing.category,
    title: listing.title,
    description: listing.description,
    sectors: listing.sectors,
    regions: listing.regions,
    orgRegion: org?.region ?? listing.regions[0],
    ...(listing.dealSize ? { dealSize: listing.dealSize } : {}),
    ...(listing.stage ? { stage: listing.stage } : {}),
    languages: listing.languages.length > 0 ? listing.languages : (org?.languages ?? []),
    certifications: listing.certifications,
    orgCertifications: org?.certifications ?? [],
    active: true,
  };
}

/** The other instances sharing the store, for a scaled-out deployment. */
export interface IndexerPeerLink {
  peers: IndexPeers;
  logger: Logger;
}

export class ListingIndexer {
  private readonly peers: IndexPeers | undefined;
  private readonly refresher: IndexRefresher | undefined;
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly engine: Pick<MatchEnginePort, 'upsert' | 'remove'>,
    private readonly listings: ListingRepository,
    private readonly orgs: OrgRepository,
    link?: IndexerPeerLink,
  ) {
    this.peers = link?.peers;
    this.refresher = link && new IndexRefresher({ refresh: (work) => this.refresh(work, new Date()), reload: () => this.reload(new Date()) }, link.logger);
  }

  /** Indexes a listing changed on this instance. */
  index(listing: ListingRecord, org: OrgRecord | undefined): void {
    this.put(listing, org);
    this.changed({ type: 'listing', id: listing._id });
  }

  /** Drops a listing that stopped being live on this instance. */
  remove(listingId: string): void {
    this.engine.remove(listingId);
    this.changed({ type: 'listing', id: listingId });
  }

  /**
   * Loads every live listing into the engine; returns how many. With peers it listens to them
   * first and loads in the refresher's turn, so a change announced meanwhile is applied after the
   * load instead of being overwritten by an older read.
   */
  async loadAll(now: Date): Promise<number> {
    const load = () => this.scan((skip) => this.listings.live(now, {}, { sort: { _id: 1 }, skip, limit: LOAD_BATCH }), now);
    const { peers, refresher } = this;
    if (!peers || !refresher) return load();
    this.stopListening ??= peers.listen((event) => (event.type === 'resync' ? refresher.reloadAll() : refresher.mark(event)));
    return refresher.run(load);
  }

  /** Re-indexes an organisation's live listings after its profile (region, certifications) changed. */
  async reindexOrg(org: OrgRecord, now: Date): Promise<void> {
    for (const listing of await this.listings.live(now, { orgId: org._id })) this.put(listing, org);
    this.changed({ type: 'org', id: org._id });
  }

  /** Stops following the other instances, once the pass under way is done. */
  async close(): Promise<void> {
    this.stopListening?.();
    await this.refresher?.close();
  }

  // A suspended organisation's listings stay out of the engine on every path (start, peers, profile edits).
  private put(listing: ListingRecord, org: OrgRecord | undefined): void {
    if (org?.suspended) this.engine.remove(listing._id);
    else this.engine.upsert(toMatchable(listing, org));
  }

  private changed(change: IndexChange): void {
    if (!this.peers || !this.refresher) return;
    this.peers.announce(change);
    // Re-read here too: another instance may have stored a newer version between this instance's
    // write and its upsert, and its announcement may already have been applied (then overwritten).
    this.refresher.mark(change);
  }

  /** Re-reads the listings (and the organisations' live listings): live ones indexed, the others dropped. */
  private async refresh(work: RefreshWork, now: Date): Promise<void> {
    const orgListings = work.orgIds.length > 0 ? await this.listings.live(now, { orgId: { $in: work.orgIds } }) : [];
    const found = await this.listings.findMany(work.listingIds);
    const records = new Map([...orgListings.map((listing) => [listing._id, listing] as const), ...found]);
    await this.apply(records, [...new Set([...work.listingIds, ...records.keys()])], now);
  }

  /** Re-reads every listing, after an outage in which announcements may have been missed; returns how many are live. */
  private reload(now: Date): Promise<number> {
    return this.scan((skip) => this.listings.query({}, { sort: { _id: 1 }, skip, limit: LOAD_BATCH }), now);
  }

  private async scan(read: (skip: number) => Promise<ListingRecord[]>, now: Date): Promise<number> {
    let seen = 0;
    let live = 0;
    for (;;) {
      const batch = await read(seen);
      live += await this.apply(new Map(batch.map((listing) => [listing._id, listing])), batch.map((listing) => listing._id), now);
      seen += batch.length;
      if (batch.length < LOAD_BATCH) return live;
    }
  }

  /** Indexes each id's record when it is live, drops the id otherwise; returns how many were indexed. */
  private async apply(records: Map<string, ListingRecord>, ids: readonly string[], now: Date): Promise<number> {
    const orgs = await this.orgs.findMany([...new Set([...records.values()].map((listing) => listing.orgId))]);
    let indexed = 0;
    for (const id of ids) {
      const listing = records.get(id);
      if (listing && isLive(listing, now) && !orgs.get(listing.orgId)?.suspended) {
        this.put(listing, orgs.get(listing.orgId));
        indexed += 1;
      } else {
        this.engine.remove(id);
      }
    }
    return indexed;
  }
}
