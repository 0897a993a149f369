// The engine's listings by internal number: live flags, id lookup, compact columns for the
// complementary-listing test, and the inverted indexes (text terms, sectors, regions).
// Re-indexing a listing retires its old number and gives it a new one.
import { ensureCapacity } from './growable.ts';
import { indexListing, type IndexedListing } from './indexed-listing.ts';
import { PackedStore } from './packed-store.ts';
import { InvertedIndex } from './postings.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';
import { TermDictionary } from './term-dictionary.ts';
import { TextSimilarity } from './text-similarity.ts';
import type { MatchableListing } from './types.ts';

/** Per-number columns read in the candidate loop, where object property loads would dominate. */
class Columns {
  alive = new Uint8Array(16);
  /** 1 need, 2 offer, 0 retired or inactive. */
  side = new Uint8Array(16);
  org = new Int32Array(16);

  set(num: number, doc: IndexedListing, org: number): void {
    this.grow(num);
    this.alive[num] = 1;
    this.side[num] = doc.listing.active ? (doc.isNeed ? 1 : 2) : 0;
    this.org[num] = org;
  }

  retire(num: number): void {
    this.alive[num] = 0;
    this.side[num] = 0;
  }

  private grow(num: number): void {
    this.alive = ensureCapacity(this.alive, num, (n) => new Uint8Array(n));
    this.side = ensureCapacity(this.side, num, (n) => new Uint8Array(n));
    this.org = ensureCapacity(this.org, num, (n) => new Int32Array(n));
  }
}

export class ListingTable {
  readonly dictionary = new TermDictionary();
  readonly columns = new Columns();
  private readonly isAlive = (num: number) => this.columns.alive[num] === 1;
  readonly terms = new InvertedIndex(this.isAlive);
  readonly sectors = new InvertedIndex(this.isAlive);
  readonly regions = new InvertedIndex(this.isAlive);
  readonly packed = new PackedStore(this.isAlive);
  readonly text = new TextSimilarity(this.terms, this.packed);
  private readonly docs: (IndexedListing | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly orgNumbers = new Map<string, number>();

  constructor(readonly taxonomy: TaxonomyIndex) {}

  get size(): number {
    return this.numbers.size;
  }

  /** Number of internal slots ever used (live or retired). */
  get capacity(): number {
    return this.docs.length;
  }

  get(id: string): IndexedListing | undefined {
    const num = this.numbers.get(id);
    return num === undefined ? undefined : this.docs[num];
  }

  at(num: number): IndexedListing | undefined {
    return this.docs[num];
  }

  /** The organisation number of a listing, for the same-organisation test. */
  orgOf(doc: IndexedListing): number {
    return this.columns.org[doc.num];
  }

  put(listing: MatchableListing): IndexedListing {
    this.delete(listing.id);
    const num = this.docs.length;
    const doc = indexListing(num, listing, this.taxonomy, this.dictionary);
    this.docs.push(doc);
    this.columns.set(num, doc, this.orgNumber(listing.orgId));
    this.packed.put(num, doc.view.data, doc.terms, doc.weights);
    this.numbers.set(listing.id, num);
    for (let i = 0; i < doc.terms.length; i++) this.terms.add(doc.terms[i], num, doc.weights[i]);
    for (const sector of doc.sectors) this.sectors.add(sector, num, 1);
    for (const region of placesOf(doc)) this.regions.add(region, num, 1);
    this.text.added(doc);
    return doc;
  }

  delete(id: string): boolean {
    const num = this.numbers.get(id);
    if (num === undefined) return false;
    const doc = this.docs[num] as IndexedListing;
    this.columns.retire(num);
    this.docs[num] = undefined;
    this.numbers.delete(id);
    for (const term of doc.terms) this.terms.removed(term);
    for (const sector of doc.sectors) this.sectors.removed(sector);
    for (const region of placesOf(doc)) this.regions.removed(region);
    this.text.removed(doc);
    this.packed.retired(num, this.docs.length);
    return true;
  }

  /** Live listings, newest first. */
  *newestFirst(): Generator<IndexedListing> {
    for (let num = this.docs.length - 1; num >= 0; num--) {
      const doc = this.docs[num];
      if (doc) yield doc;
    }
  }

  private orgNumber(orgId: string): number {
    let org = this.orgNumbers.get(orgId);
    if (org === undefined) this.orgNumbers.set(orgId, (org = this.orgNumbers.size));
    return org;
  }
}

function placesOf(doc: IndexedListing): number[] {
  return [...new Set([...doc.regions, doc.home])].filter((region) => region >= 0);
}
