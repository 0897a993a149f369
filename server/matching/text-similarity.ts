// Text relevance between listings: cosine similarity of BM25-weighted term vectors (inverse document
// frequency × saturated, length-normalised frequency). Symmetric, so both sides of a pair agree.
import { ensureCapacity } from './growable.ts';
import type { IndexedListing } from './indexed-listing.ts';
import type { InvertedIndex } from './postings.ts';
import { BM25 } from './weights.ts';

/** Vector norms are cached per listing and recomputed once the corpus size moved by this share. */
const NORM_DRIFT = 0.01;

export class TextSimilarity {
  private idfValue = new Float64Array(16);
  /** Corpus size and df each cached idf was computed at; recomputed when either moved. */
  private idfAtN = new Int32Array(16);
  private idfAtDf = new Int32Array(16);
  private totalLength = 0;
  private count = 0;
  /** Bumped when the corpus size drifted past NORM_DRIFT since the last bump: cached norms expire. */
  private epoch = 1;
  private epochCount = 0;
  /** Dense query weights by term id, filled per query and cleared after. */
  private query = new Float64Array(16);

  constructor(private readonly index: InvertedIndex) {}

  added(doc: IndexedListing): void {
    this.totalLength += doc.length;
    this.count++;
    this.checkEpoch();
  }

  removed(doc: IndexedListing): void {
    this.totalLength -= doc.length;
    this.count--;
    this.checkEpoch();
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
    const avg = this.count > 0 ? this.totalLength / this.count : 1;
    return BM25.k1 * (1 - BM25.b + (BM25.b * length) / (avg || 1));
  }

  /** BM25 weight of a term with weighted frequency `tf` in a listing with length norm `norm`. */
  termWeight(term: number, tf: number, norm: number): number {
    return (this.idf(term) * tf * (BM25.k1 + 1)) / (tf + norm);
  }

  /** Loads a listing as the query; returns its vector norm. Pair with `clearQuery`. */
  loadQuery(doc: IndexedListing): number {
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

  /** Cosine between the loaded query (with its norm) and a candidate listing. */
  cosine(candidate: IndexedListing, queryNorm: number): number {
    const { terms, weights } = candidate;
    const lengthNorm = this.lengthNorm(candidate.length);
    let dot = 0;
    for (let i = 0; i < terms.length; i++) {
      const q = this.query[terms[i]];
      if (q !== 0) dot += q * this.termWeight(terms[i], weights[i], lengthNorm);
    }
    return dot === 0 ? 0 : dot / (queryNorm * this.norm(candidate, lengthNorm));
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

  private norm(doc: IndexedListing, lengthNorm: number): number {
    if (doc.normEpoch === this.epoch) return doc.norm;
    let sum = 0;
    for (let i = 0; i < doc.terms.length; i++) {
      const weight = this.termWeight(doc.terms[i], doc.weights[i], lengthNorm);
      sum += weight * weight;
    }
    doc.norm = Math.sqrt(sum) || 1;
    doc.normEpoch = this.epoch;
    return doc.norm;
  }

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
