// Text relevance between listings: cosine similarity of BM25-weighted term vectors (inverse document
// frequency × saturated, length-normalised frequency). Symmetric, so both sides of a pair agree.
// Candidate vectors are read from the packed store; their norms are cached per listing number.
import { ensureCapacity } from './growable.ts';
import type { IndexedListing } from './indexed-listing.ts';
import type { PackedStore } from './packed-store.ts';
import type { InvertedIndex } from './postings.ts';
import { BM25 } from './weights.ts';

/** Cached norms expire once the corpus size moved by this share since they were computed. */
const NORM_DRIFT = 0.01;

export class TextSimilarity {
  private idfValue = new Float64Array(16);
  /** Corpus size and df each cached idf was computed at; recomputed when either moved. */
  private idfAtN = new Int32Array(16);
  private idfAtDf = new Int32Array(16);
  private lengths = new Float32Array(16);
  private norms = new Float64Array(16);
  private normEpochs = new Int32Array(16);
  private totalLength = 0;
  private count = 0;
  private epoch = 1;
  private epochCount = 0;
  /** Dense query weights by term id, filled per query and cleared after. */
  private query = new Float64Array(16);

  constructor(
    private readonly index: InvertedIndex,
    private readonly store: PackedStore,
  ) {}

  added(doc: IndexedListing): void {
    this.lengths = ensureCapacity(this.lengths, doc.num, (n) => new Float32Array(n));
    this.norms = ensureCapacity(this.norms, doc.num, (n) => new Float64Array(n));
    this.normEpochs = ensureCapacity(this.normEpochs, doc.num, (n) => new Int32Array(n));
    this.lengths[doc.num] = doc.length;
    this.totalLength += doc.length;
    this.count++;
    this.checkEpoch();
  }

  removed(doc: IndexedListing): void {
    this.totalLength -= doc.length;
    this.count--;
    this.checkEpoch();
  }

  lengthOf(num: number): number {
    return this.lengths[num];
  }

  idf(term: number): number {
    const df = this.index.documentFrequency(term);
    if (term >= this.idfValue.length) this.grow(term);
    if (this.idfAtN[term] !== this.count || this.idfAtDf[term] !== df) {
      this.idfValue[term] = Math.log(1 + (this.count - df + 0.5) / (df + 0.5));
      this.idfAtN[term] = this.count;
      this.idfAtDf[term] = df;
    }
    return this.idfValue[term];
  }

  /** The length part of BM25's saturation for a listing of `length`. */
  lengthNorm(length: number): number {
    return BM25.k1 * (1 - BM25.b + (BM25.b * length) / (this.averageLength || 1));
  }

  /** BM25 weight of a term with weighted frequency `tf` in a listing with length norm `norm`. */
  termWeight(term: number, tf: number, norm: number): number {
    return (this.idf(term) * tf * (BM25.k1 + 1)) / (tf + norm);
  }

  /**
   * Loads a listing as the query; returns its vector norm. Pair with `clearQuery`. `vocabulary` is
   * the number of term ids in use: the dense query array must cover every candidate's terms.
   */
  loadQuery(doc: IndexedListing, vocabulary: number): number {
    if (vocabulary > this.query.length) this.grow(vocabulary);
    const lengthNorm = this.lengthNorm(doc.length);
    let sum = 0;
    for (let i = 0; i < doc.terms.length; i++) {
      const term = doc.terms[i];
      if (term >= this.query.length) this.grow(term);
      const weight = this.termWeight(term, doc.weights[i], lengthNorm);
      this.query[term] = weight;
      sum += weight * weight;
    }
    return Math.sqrt(sum);
  }

  clearQuery(doc: IndexedListing): void {
    for (let i = 0; i < doc.terms.length; i++) this.query[doc.terms[i]] = 0;
  }

  /** Cosine between the loaded query (with its norm) and the listing numbered `num`. */
  cosine(num: number, queryNorm: number): number {
    const { terms, weights } = this.store;
    const start = this.store.termStart[num];
    const end = start + this.store.termCount[num];
    const lengthNorm = this.lengthNorm(this.lengths[num]);
    let dot = 0;
    for (let i = start; i < end; i++) {
      const q = this.query[terms[i]];
      if (q !== 0) dot += q * this.termWeight(terms[i], weights[i], lengthNorm);
    }
    return dot === 0 ? 0 : dot / (queryNorm * this.norm(num, lengthNorm));
  }

  /** Per-term products of the loaded query and a candidate, largest first: the shared terms. */
  sharedTerms(candidate: IndexedListing): { term: number; contribution: number }[] {
    const lengthNorm = this.lengthNorm(candidate.length);
    const out: { term: number; contribution: number }[] = [];
    for (let i = 0; i < candidate.terms.length; i++) {
      const q = this.query[candidate.terms[i]];
      if (q !== 0) out.push({ term: candidate.terms[i], contribution: q * this.termWeight(candidate.terms[i], candidate.weights[i], lengthNorm) });
    }
    return out.sort((a, b) => b.contribution - a.contribution);
  }

  get averageLength(): number {
    return this.count > 0 ? this.totalLength / this.count : 1;
  }

  private norm(num: number, lengthNorm: number): number {
    if (this.normEpochs[num] === this.epoch) return this.norms[num];
    const { terms, weights } = this.store;
    const start = this.store.termStart[num];
    let sum = 0;
    for (let i = start; i < start + this.store.termCount[num]; i++) {
      const weight = this.termWeight(terms[i], weights[i], lengthNorm);
      sum += weight * weight;
    }
    this.norms[num] = Math.sqrt(sum) || 1;
    this.normEpochs[num] = this.epoch;
    return this.norms[num];
  }

  /** The corpus drifted past NORM_DRIFT since the last epoch: cached norms expire. */
  private checkEpoch(): void {
    if (Math.abs(this.count - this.epochCount) <= this.epochCount * NORM_DRIFT) return;
    this.epoch++;
    this.epochCount = this.count;
  }

  private grow(term: number): void {
    this.idfValue = ensureCapacity(this.idfValue, term, (n) => new Float64Array(n));
    this.idfAtN = ensureCapacity(this.idfAtN, term, (n) => new Int32Array(n));
    this.idfAtDf = ensureCapacity(this.idfAtDf, term, (n) => new Int32Array(n));
    this.query = ensureCapacity(this.query, term, (n) => new Float64Array(n));
  }
}
