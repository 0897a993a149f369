// Finds the stored matches the demo history is played on: for a deal, a fresh suggestion between
// two organisations not in a deal yet, across a border, whose listings were both posted before the
// deal's first event; for the funnel, other suggestions of the organisations in deals.
import type { ListingMatch } from '../../shared/schemas/matches.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import type { DemoApiClient, DemoSession } from './api-client.ts';
import { crossesBorder } from './borders.ts';
import { FEATURED } from './featured.ts';
import type { LoadedDemo, LoadedListing } from './loader.ts';
import type { DemoDataset, DemoListing } from './types.ts';

/** Candidates read per listing: the best few, as a person would look at them. */
const CANDIDATES_PER_LISTING = 8;
/** A deal's first event comes at least this long after its match was suggested. */
const MATCH_LEAD_DAYS = 1;

/** One side of a match: the owner who acts for the organisation. */
export interface MatchSide {
  session: DemoSession;
  orgKey: string;
}

export interface PickedMatch {
  matchId: string;
  /** The side that acts first: for a deal, the need's, which opens the deal room. */
  opener: MatchSide;
  other: MatchSide;
  /** The language of the need, the deal's working language. */
  lang: Lang;
  /** Days before the load when the later of the two listings was posted. */
  ageDays: number;
}

/** The match and the other side's organisation and listing age. */
interface OtherSide {
  matchId: string;
  orgKey: string;
  ageDays: number;
}

export class MatchPicker {
  private readonly inDeals = new Set<string>();
  private readonly usedMatches = new Set<string>();
  private readonly candidates = new Map<string, ListingMatch[]>();
  private readonly orgKeyById: Map<string, string>;
  private readonly listingById: Map<string, LoadedListing>;
  private readonly regionOf: Map<string, string>;
  private readonly featured = new Set<string>(Object.values(FEATURED));

  constructor(
    private readonly api: DemoApiClient,
    private readonly dataset: DemoDataset,
    private readonly loaded: LoadedDemo,
  ) {
    this.orgKeyById = new Map([...loaded.orgs].map(([key, org]) => [org.orgId, key]));
    this.listingById = new Map([...loaded.listings.values()].map((listing) => [listing.id, listing]));
    this.regionOf = new Map(dataset.orgs.map((org) => [org.key, org.profile.region ?? '']));
  }

  /** The owner of a loaded organisation. */
  owner(orgKey: string): DemoSession {
    const org = this.loaded.orgs.get(orgKey);
    if (!org) throw new Error(`organisation ${orgKey} was not loaded`);
    return org.sessions[0];
  }

  /** A match for a deal whose first event is `daysAgo` days before the load; null when none is left. */
  async forDeal(daysAgo: number): Promise<PickedMatch | null> {
    for (const listing of this.dataset.listings) {
      const mine = this.loaded.listings.get(listing.key);
      if (listing.body.kind !== 'need' || !mine || mine.anonymous || mine.ageDays < daysAgo + MATCH_LEAD_DAYS || !this.free(listing.orgKey)) continue;
      for (const candidate of await this.candidatesOf(listing.orgKey, mine.id)) {
        const other = this.otherSide(candidate);
        if (!other || !this.free(other.orgKey) || other.ageDays < daysAgo + MATCH_LEAD_DAYS) continue;
        if (!crossesBorder(this.regionOf.get(listing.orgKey) ?? '', this.regionOf.get(other.orgKey) ?? '')) continue;
        this.inDeals.add(listing.orgKey).add(other.orgKey);
        return this.take(listing, mine, other);
      }
    }
    return null;
  }

  /** Untouched suggestions of organisations in deals (not featured), oldest listings first. */
  async forFunnel(count: number): Promise<PickedMatch[]> {
    const picked: PickedMatch[] = [];
    for (const listing of this.dataset.listings) {
      if (picked.length === count) break;
      const mine = this.loaded.listings.get(listing.key);
      if (!mine || mine.anonymous || !this.inDeals.has(listing.orgKey)) continue;
      for (const candidate of await this.candidatesOf(listing.orgKey, mine.id)) {
        const other = this.otherSide(candidate);
        if (!other || this.featured.has(other.orgKey)) continue;
        picked.push(this.take(listing, mine, other));
        break;
      }
    }
    return picked;
  }

  private free(orgKey: string): boolean {
    return !this.inDeals.has(orgKey) && !this.featured.has(orgKey);
  }

  /** The visible organisation and listing on the other side of a fresh suggestion, if any. */
  private otherSide(candidate: ListingMatch): OtherSide | null {
    if (!candidate.matchId || candidate.state !== 'suggested' || this.usedMatches.has(candidate.matchId)) return null;
    const orgKey = candidate.listing.orgId ? this.orgKeyById.get(candidate.listing.orgId) : undefined;
    const listing = this.listingById.get(candidate.listing.id);
    return orgKey && listing && !listing.anonymous ? { matchId: candidate.matchId, orgKey, ageDays: listing.ageDays } : null;
  }

  private take(listing: DemoListing, mine: LoadedListing, other: OtherSide): PickedMatch {
    this.usedMatches.add(other.matchId);
    return {
      matchId: other.matchId,
      opener: { session: this.owner(listing.orgKey), orgKey: listing.orgKey },
      other: { session: this.owner(other.orgKey), orgKey: other.orgKey },
      lang: (listing.body.languages ?? [])[0] ?? 'en',
      ageDays: Math.min(mine.ageDays, other.ageDays),
    };
  }

  /** The listing's best candidates as its organisation's owner sees them, read once. */
  private async candidatesOf(orgKey: string, listingId: string): Promise<ListingMatch[]> {
    let found = this.candidates.get(listingId);
    if (!found) {
      found = await this.api.listingMatches(this.owner(orgKey), listingId, CANDIDATES_PER_LISTING);
      this.candidates.set(listingId, found);
    }
    return found;
  }
}
