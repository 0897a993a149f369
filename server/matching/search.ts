// The marketplace search box: BM25 over the same analysed terms as matching (so a query in any of
// the three languages finds listings in the others through the glossary), with structured filters.
import type { IndexedListing } from './indexed-listing.ts';
import type { ListingTable } from './listing-table.ts';
import { analyseQuery } from './text/analyse.ts';
import { TopK } from './top-k.ts';
import type { SearchHit, SearchOptions } from './types.ts';
import { BM25 } from './weights.ts';

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
  const scores = new Map<number, number>();
  let ideal = 0;
  const avg = table.text.averageLength;
  for (const { id, weight } of terms) {
    const idf = table.text.idf(id);
    ideal += weight * idf * (BM25.k1 + 1);
    table.terms.forEach(id, (num, tf) => {
      const length = table.at(num)?.length ?? avg;
      const norm = BM25.k1 * (1 - BM25.b + (BM25.b * length) / avg);
      scores.set(num, (scores.get(num) ?? 0) + (weight * idf * tf * (BM25.k1 + 1)) / (tf + norm));
    });
  }
  const top = new TopK<IndexedListing>(options.limit);
  for (const [num, score] of scores) {
    const doc = table.at(num);
    if (doc && score > top.threshold && keep(doc)) top.offer(doc, score);
  }
  return top.sorted().map(({ item, score }) => ({ listingId: item.listing.id, score: Math.min(1, score / ideal) }));
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
