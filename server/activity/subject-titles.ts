// Titles of what an organisation's trail entries are about, read when the trail is read (so a
// renamed deal shows its current title): the organisation's name, a listing's title, a deal's
// title, and for a match the title of the organisation's own listing in it.
import type { ActivityKind } from '../../shared/schemas/activity.ts';

export interface TitleSources {
  orgs: { findMany(ids: readonly string[]): Promise<Map<string, { name: string }>> };
  listings: { findMany(ids: readonly string[]): Promise<Map<string, { title: string }>> };
  deals: { findMany(ids: readonly string[]): Promise<{ _id: string; title: string }[]> };
  matches: { find(id: string): Promise<{ needOrgId: string; needListingId: string; offerListingId: string } | null> };
}

export interface Subject {
  kind: ActivityKind;
  id: string;
}

/** The key of a subject in the map `of` returns. */
export function titleKey(subject: Subject): string {
  return `${subject.kind}:${subject.id}`;
}

export class SubjectTitles {
  constructor(private readonly sources: TitleSources) {}

  /** Titles by `kind:id`, as the organisation `orgId` may see them. */
  async of(subjects: readonly Subject[], orgId: string): Promise<Map<string, string>> {
    const idsOf = (kind: ActivityKind) => [...new Set(subjects.filter((subject) => subject.kind === kind).map((subject) => subject.id))];
    const matchListing = await this.matchListings(idsOf('match'), orgId);
    const [orgs, listings, deals] = await Promise.all([
      this.sources.orgs.findMany(idsOf('org')),
      this.sources.listings.findMany([...idsOf('listing'), ...matchListing.values()]),
      this.sources.deals.findMany(idsOf('deal')),
    ]);
    const titles = new Map<string, string>();
    for (const [id, org] of orgs) titles.set(titleKey({ kind: 'org', id }), org.name);
    for (const id of idsOf('listing')) {
      const listing = listings.get(id);
      if (listing) titles.set(titleKey({ kind: 'listing', id }), listing.title);
    }
    for (const deal of deals) titles.set(titleKey({ kind: 'deal', id: deal._id }), deal.title);
    for (const [matchId, listingId] of matchListing) {
      const listing = listings.get(listingId);
      if (listing) titles.set(titleKey({ kind: 'match', id: matchId }), listing.title);
    }
    return titles;
  }

  /** For each match, the organisation's own listing in it (never the other side's, which may be anonymous). */
  private async matchListings(matchIds: readonly string[], orgId: string): Promise<Map<string, string>> {
    const found = await Promise.all(matchIds.map(async (id) => [id, await this.sources.matches.find(id)] as const));
    return new Map(found.flatMap(([id, match]) => (match ? [[id, match.needOrgId === orgId ? match.needListingId : match.offerListingId] as const] : [])));
  }
}
