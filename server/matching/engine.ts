// MatchingEngine: an in-memory, incremental index of listings that ranks complementary listings
// for any listing (structured fit + text relevance, explained) and serves the marketplace search box.
import { CandidateFinder, complementary } from './candidates.ts';
import { confidentPart, topical } from './confidence.ts';
import { explain } from './explain.ts';
import type { IndexedListing } from './indexed-listing.ts';
import { ListingTable } from './listing-table.ts';
import { renderReason } from './render-reason.ts';
import { requirementFactor, requirementReasons } from './requirements.ts';
import { combine, needAndOffer, PairScorer, textComponent, upperBound, type ComponentValues } from './scorer.ts';
import { searchListings } from './search.ts';
import { taxonomyIndex, type TaxonomyIndex } from './taxonomy-index.ts';
import { TopK } from './top-k.ts';
import { CONFIDENCE } from './weights.ts';
import type { Lang, MatchableListing, MatchOptions, MatchReason, ScoredMatch, SearchHit, SearchOptions, TaxonomyLookup } from './types.ts';

export class MatchingEngine {
  private readonly table: ListingTable;
  private readonly candidates: CandidateFinder;
  private readonly scorer: PairScorer;

  constructor(taxonomy: TaxonomyIndex = taxonomyIndex()) {
    this.table = new ListingTable(taxonomy);
    this.candidates = new CandidateFinder(this.table);
    this.scorer = new PairScorer(this.table);
  }

  /** Indexes a listing, replacing any earlier version with the same id. */
  upsert(listing: MatchableListing): void {
    this.table.put(listing);
  }

  /** Drops a listing from the index; true if it was there. */
  remove(id: string): boolean {
    return this.table.delete(id);
  }

  /** True if a listing with this id is indexed. */
  has(id: string): boolean {
    return this.table.get(id) !== undefined;
  }

  /** Listings indexed (active or not). */
  get size(): number {
    return this.table.size;
  }

  /** The best complementary listings for one listing, best first, only as far as the engine is
   *  confident (see confidence.ts): [] rather than guesses, and for an unknown id. */
  matchesFor(listingId: string, options: MatchOptions): ScoredMatch[] {
    const query = this.table.get(listingId);
    if (!query || options.limit <= 0) return [];
    const minScore = Math.max(options.minScore ?? 0, CONFIDENCE.floor);
    const top = new TopK<{ num: number; values: ComponentValues }>(options.limit);
    const { text } = this.table;
    const queryNorm = text.loadQuery(query, this.table.dictionary.size);
    try {
      for (const num of this.candidates.find(query, options.limit)) {
        const [values, wanted] = this.scorer.structured(query, num);
        // Text adds at most its weight: a candidate that could not make the list even with
        // perfect text is not worth the text computation.
        if (upperBound(values, wanted) <= Math.max(top.threshold, minScore - 1e-9)) continue;
        values.text = textComponent(text.cosine(num, queryNorm));
        if (!topical(values)) continue;
        const score = combine(values, wanted) * requirementFactor(query, this.table.at(num) as IndexedListing, this.table.taxonomy);
        if (score >= minScore && score > top.threshold) top.offer({ num, values }, score);
      }
      return confidentPart(top.sorted()).map(({ item, score }) => this.result(query, this.table.at(item.num) as IndexedListing, item.values, score));
    } finally {
      text.clearQuery(query);
    }
  }

  /** Scores one given pair (either order), or undefined when either is unknown or they do not complement. */
  scorePair(listingId: string, otherId: string): ScoredMatch | undefined {
    const [query, other] = [this.table.get(listingId), this.table.get(otherId)];
    if (!query || !other || !complementary(query, other)) return undefined;
    const queryNorm = this.table.text.loadQuery(query, this.table.dictionary.size);
    try {
      const values = this.scorer.pair(query, other, this.table.text.cosine(other.num, queryNorm));
      const score = combine(values, needAndOffer(query, other)[0].wanted.length) * requirementFactor(query, other, this.table.taxonomy);
      return this.result(query, other, values, score);
    } finally {
      this.table.text.clearQuery(query);
    }
  }

  /** Marketplace search in any of the three languages, with optional filters; best first. */
  search(query: string, options: SearchOptions): SearchHit[] {
    return options.limit > 0 ? searchListings(this.table, query, options) : [];
  }

  /** A reason as one sentence in the viewer's language. */
  renderReason(reason: MatchReason, lang: Lang, lookup?: TaxonomyLookup): string {
    return renderReason(reason, lang, lookup);
  }

  private result(query: IndexedListing, other: IndexedListing, values: ComponentValues, score: number): ScoredMatch {
    const context = { taxonomy: this.table.taxonomy, dictionary: this.table.dictionary, text: this.table.text };
    const reasons = [...explain(query, other, values, context), ...requirementReasons(query, other, this.table.taxonomy, score)];
    return { listingId: other.listing.id, score: Math.round(score * 10000) / 10000, reasons };
  }
}
