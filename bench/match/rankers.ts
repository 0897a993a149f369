// The two systems under test behind one interface: Superconnector's MatchingEngine, and the
// baseline — MiniSearch (default tokenizer, BM25+) over title + description, queried with the
// listing's own title and description and the same complementary-listing filter.
import MiniSearch from 'minisearch';
import { MatchingEngine, type MatchableListing } from '../../server/matching/index.ts';

/** One ranked candidate; `score` only where it is the engine's calibrated [0, 1] score. */
export interface Ranked {
  id: string;
  score?: number;
}

export interface Ranker {
  readonly name: string;
  add(listings: readonly MatchableListing[]): void;
  /** The best complementary listings for one indexed listing, best first. */
  rank(listingId: string, limit: number): Ranked[];
  /** A marketplace search-box query, best first. */
  search(query: string, limit: number): string[];
}

/** Opposite kind, another organisation, active: every listing either system may propose. Category
 *  is no gate (a chip prototyping run filed as a professional service can meet a technology need). */
export function complementary(a: MatchableListing, b: MatchableListing): boolean {
  return a.kind !== b.kind && b.active && a.orgId !== b.orgId;
}

export class EngineRanker implements Ranker {
  readonly name = 'superconnector';
  readonly engine = new MatchingEngine();

  add(listings: readonly MatchableListing[]): void {
    for (const listing of listings) this.engine.upsert(listing);
  }

  rank(listingId: string, limit: number): Ranked[] {
    return this.engine.matchesFor(listingId, { limit }).map((match) => ({ id: match.listingId, score: match.score }));
  }

  search(query: string, limit: number): string[] {
    return this.engine.search(query, { limit }).map((hit) => hit.listingId);
  }
}

export class MiniSearchRanker implements Ranker {
  readonly name = 'minisearch';
  private readonly index = new MiniSearch<MatchableListing>({ fields: ['title', 'description'], idField: 'id' });
  private readonly byId = new Map<string, MatchableListing>();

  add(listings: readonly MatchableListing[]): void {
    for (const listing of listings) this.byId.set(listing.id, listing);
    this.index.addAll(listings.map(({ id, title, description }) => ({ id, title, description }) as MatchableListing));
  }

  rank(listingId: string, limit: number): Ranked[] {
    const query = this.byId.get(listingId);
    if (!query) return [];
    const results = this.index.search(`${query.title} ${query.description}`, {
      filter: (result) => {
        const other = this.byId.get(result.id as string);
        return other !== undefined && complementary(query, other);
      },
    });
    return results.slice(0, limit).map((result) => ({ id: result.id as string }));
  }

  search(query: string, limit: number): string[] {
    return this.index.search(query).slice(0, limit).map((result) => result.id as string);
  }
}
