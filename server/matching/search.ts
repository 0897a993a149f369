// The marketplace search box: BM25 over the same analysed terms as matching (so a query in any of
// the three languages finds listings in the others through the glossary), with structured filters.
import type { IndexedListing } from './indexed-listing.ts';
import type { ListingTable } from './listing-table.ts';
import { analyseQuery } from './text/analyse.ts';
import { TopK } from './top-k.ts';
import type { SearchHit, SearchOptions } from './types.ts';
import { BM25 } from './weights.ts';

/**
 * Hits below this share of the query's ideal score matched only a stray fragment (a shared
 * character bigram, a common sub-word), which a person reads as noise, not as a result.
 */
const MIN_SEARCH_SCORE = 0.05;

export function searchListings(table: ListingTable, query: string, options: SearchOptions): SearchHit[] {
  const keep = filterFor(table, options);
  const analysed = analyseQuery(query).terms;
  // No searchable words at all (empty, stop words, punctuation): the filters alone apply.
  if (analysed.size === 0) return newest(table, keep, options.limit);
  const terms = [...analysed].flatMap(([term, weight]) => {
    const id = table.dictionary.find(term);
    return id === undefined ? [] : [{ id, weight }];
  });
  if (terms.length === 0) return [];
  const scores = new Accumulator(table.capacity);
  let ideal = 0;
  const avg = table.text.averageLength;
  for (const { id, weight } of terms) {
    const idf = table.text.idf(id);
    ideal += weight * idf * (BM25.k1 + 1);
    const list = table.terms.list(id);
    if (!list) continue;
    const scale = weight * idf * (BM25.k1 + 1);
    for (let i = 0; i < list.length; i++) {
      const num = list.docs[i];
      if (table.columns.alive[num] !== 1) continue;
      const tf = list.weights[i];
      const norm = BM25.k1 * (1 - BM25.b + (BM25.b * table.text.lengthOf(num)) / avg);
      scores.add(num, (scale * tf) / (tf + norm));
    }
  }
  const top = new TopK<IndexedListing>(options.limit);
  for (let i = 0; i < scores.touchedCount; i++) {
    const num = scores.touched[i];
    const score = scores.value[num];
    if (score <= top.threshold) continue;
    const doc = table.at(num);
    if (doc && keep(doc)) top.offer(doc, score);
  }
  return top
    .sorted()
    .map(({ item, score }) => ({ listingId: item.listing.id, score: Math.min(1, score / ideal) }))
    .filter((hit) => hit.score >= MIN_SEARCH_SCORE);
}

/** Scores by listing number, remembering which numbers were touched. */
class Accumulator {
  readonly value: Float64Array;
  readonly touched: Int32Array;
  touchedCount = 0;

  constructor(capacity: number) {
    this.value = new Float64Array(capacity);
    this.touched = new Int32Array(capacity);
  }

  add(num: number, score: number): void {
    if (this.value[num] === 0) this.touched[this.touchedCount++] = num;
    this.value[num] += score;
  }
}

function newest(table: ListingTable, keep: (doc: IndexedListing) => boolean, limit: number): SearchHit[] {
  const out: SearchHit[] = [];
  for (const doc of table.newestFirst()) {
    if (out.length >= limit) break;
    if (keep(doc)) out.push({ listingId: doc.listing.id, score: 0 });
  }
  return out;
}

function filterFor(table: ListingTable, options: SearchOptions): (doc: IndexedListing) => boolean {
  const { taxonomy } = table;
  return (doc) => {
    const { listing } = doc;
    if (!listing.active) return false;
    if (options.kind && listing.kind !== options.kind) return false;
    if (options.category && listing.category !== options.category) return false;
    if (options.sectors?.length && !listing.sectors.some((code) => options.sectors?.some((filter) => taxonomy.sectorWithin(code, filter)))) return false;
    const places = [...listing.regions, listing.orgRegion];
    if (options.regions?.length && !places.some((code) => options.regions?.some((filter) => taxonomy.regionWithin(code, filter)))) return false;
    return true;
  };
}
