// An inverted index: for each term id, the listing numbers that contain it and their weighted
// frequencies. Removal only tombstones (cheap, incremental); a list is compacted when it is half dead.
import { ensureCapacity } from './growable.ts';

class PostingList {
  docs = new Int32Array(4);
  weights = new Float32Array(4);
  length = 0;
  dead = 0;

  push(doc: number, weight: number): void {
    if (this.length === this.docs.length) {
      this.docs = ensureCapacity(this.docs, this.length, (n) => new Int32Array(n));
      this.weights = ensureCapacity(this.weights, this.length, (n) => new Float32Array(n));
    }
    this.docs[this.length] = doc;
    this.weights[this.length] = weight;
    this.length++;
  }

  compact(isAlive: (doc: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      if (!isAlive(this.docs[i])) continue;
      this.docs[kept] = this.docs[i];
      this.weights[kept] = this.weights[i];
      kept++;
    }
    this.length = kept;
    this.dead = 0;
  }
}

export class InvertedIndex {
  private lists: (PostingList | undefined)[] = [];
  /** Live listings per term. */
  private df = new Int32Array(16);

  constructor(private readonly isAlive: (doc: number) => boolean) {}

  add(term: number, doc: number, weight: number): void {
    let list = this.lists[term];
    if (!list) this.lists[term] = list = new PostingList();
    list.push(doc, weight);
    if (term >= this.df.length) this.df = ensureCapacity(this.df, term, (n) => new Int32Array(n));
    this.df[term]++;
  }

  /** Call after the listing was marked dead: its entries stay until the list is compacted. */
  removed(term: number): void {
    const list = this.lists[term];
    if (!list) return;
    this.df[term]--;
    list.dead++;
    if (list.dead * 2 > list.length) list.compact(this.isAlive);
  }

  documentFrequency(term: number): number {
    return term < this.df.length ? this.df[term] : 0;
  }

  /** The raw list of a term (entries may be dead: check liveness), for tight loops. */
  list(term: number): { docs: Int32Array; weights: Float32Array; length: number } | undefined {
    return this.lists[term];
  }
}
