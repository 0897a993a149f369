// Keeps the matching engine's index in step with the store: one listing at a time as they change,
// every live listing at start, and an organisation's listings when its profile changes.
import type { OrgRecord, OrgRepository } from '../orgs/index.ts';
import type { MatchableListing, MatchEnginePort } from './engine-port.ts';
import type { ListingRecord, ListingRepository } from './listing-repository.ts';

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

export class ListingIndexer {
  constructor(
    private readonly engine: MatchEnginePort,
    private readonly listings: ListingRepository,
    private readonly orgs: OrgRepository,
  ) {}

  index(listing: ListingRecord, org: OrgRecord | undefined): void {
    this.engine.upsert(toMatchable(listing, org));
  }

  remove(listingId: string): void {
    this.engine.remove(listingId);
  }

  /** Loads every live listing into the engine; returns how many. */
  async loadAll(now: Date): Promise<number> {
    let loaded = 0;
    for (;;) {
      const batch = await this.listings.live(now, {}, { sort: { _id: 1 }, skip: loaded, limit: LOAD_BATCH });
      const orgs = await this.orgs.findMany(batch.map((listing) => listing.orgId));
      for (const listing of batch) this.index(listing, orgs.get(listing.orgId));
      loaded += batch.length;
      if (batch.length < LOAD_BATCH) return loaded;
    }
  }

  /** Re-indexes an organisation's live listings after its profile (region, certifications) changed. */
  async reindexOrg(org: OrgRecord, now: Date): Promise<void> {
    for (const listing of await this.listings.live(now, { orgId: org._id })) this.index(listing, org);
  }
}
