// Candidate generation for one listing: instead of scoring every listing, walk a few inverted lists
// in order of specificity — the listing's rarest terms, its exact sectors, related sectors, more
// terms, and (if that finds too few) its regions — keeping only complementary listings (opposite
// kind, other organisation, active) until the budget is reached. Category is no gate: it weighs in
// the score (CATEGORY_AFFINITY), so a strong fit filed under a neighbouring category is still found.
import { ensureCapacity } from './growable.ts';
import type { IndexedListing } from './indexed-listing.ts';
import type { ListingTable } from './listing-table.ts';
import type { InvertedIndex } from './postings.ts';
import { CANDIDATES } from './weights.ts';

export class CandidateFinder {
  private seen = new Int32Array(16);
  private stamp = 0;

  constructor(private readonly table: ListingTable) {}

  find(query: IndexedListing, wanted: number): number[] {
    this.seen = ensureCapacity(this.seen, this.table.capacity, (n) => new Int32Array(n));
    const gather = new Gatherer(this.table, query, this.seen, ++this.stamp);
    const { taxonomy } = this.table;
    const [rare, common] = this.seedTerms(query);
    const exact = query.sectors;
    const family = [...new Set(exact.flatMap((sector) => taxonomy.sectorFamilyIndexes(sector)))].filter((s) => !exact.includes(s));
    gather.lists(this.table.terms, rare);
    gather.lists(this.table.sectors, exact);
    gather.lists(this.table.sectors, family);
    gather.lists(this.table.terms, common);
    if (gather.out.length < wanted) gather.lists(this.table.regions, [...new Set([...query.regions, query.home])].filter((r) => r >= 0));
    return gather.out;
  }

  /** The query's terms that are rare enough to seed candidates, rarest first, split into two tiers. */
  private seedTerms(query: IndexedListing): [number[], number[]] {
    const { terms } = this.table;
    const n = this.table.size;
    const eligible = [...query.terms]
      .map((term) => ({ term, df: terms.documentFrequency(term) }))
      .filter(({ df }) => df > 0 && df <= Math.max(50, CANDIDATES.maxSeedDfShare * n))
      .sort((a, b) => a.df - b.df)
      .slice(0, CANDIDATES.maxSeedTerms)
      .map(({ term }) => term);
    return [eligible.slice(0, CANDIDATES.rareSeedTerms), eligible.slice(CANDIDATES.rareSeedTerms)];
  }
}

/** Walks inverted lists newest first, keeping complementary listings, until the budget is spent. */
class Gatherer {
  readonly out: number[] = [];
  private readonly side: number;
  private readonly org: number;

  constructor(
    private readonly table: ListingTable,
    query: IndexedListing,
    private readonly seen: Int32Array,
    private readonly stamp: number,
  ) {
    this.side = query.isNeed ? 2 : 1;
    this.org = table.orgOf(query);
    seen[query.num] = stamp;
  }

  lists(index: InvertedIndex, keys: readonly number[]): void {
    const { side, org } = this.table.columns;
    for (const key of keys) {
      const list = index.list(key);
      if (!list) continue;
      for (let i = list.length - 1; i >= 0; i--) {
        if (this.out.length >= CANDIDATES.budget) return;
        const num = list.docs[i];
        if (this.seen[num] === this.stamp) continue;
        this.seen[num] = this.stamp;
        if (side[num] === this.side && org[num] !== this.org) this.out.push(num);
      }
    }
  }
}

/** Opposite kind, another organisation, active. */
export function complementary(a: IndexedListing, b: IndexedListing): boolean {
  return a.isNeed !== b.isNeed && b.listing.active && a.listing.orgId !== b.listing.orgId;
}
