// Contiguous storage for every listing's row and text vector, appended as listings are indexed.
// Retired slices become garbage; when garbage outgrows live data, live slices are copied together.
import { ensureCapacity } from './growable.ts';

export class PackedStore {
  rows = new Int16Array(1024);
  terms = new Int32Array(4096);
  weights = new Float32Array(4096);
  rowStart = new Int32Array(16);
  rowLength = new Int32Array(16);
  termStart = new Int32Array(16);
  termCount = new Int32Array(16);
  private rowsUsed = 0;
  private termsUsed = 0;
  private garbage = 0;

  constructor(private readonly isAlive: (num: number) => boolean) {}

  put(num: number, row: Int16Array, terms: Int32Array, weights: Float32Array): void {
    this.rowStart = ensureCapacity(this.rowStart, num, (n) => new Int32Array(n));
    this.rowLength = ensureCapacity(this.rowLength, num, (n) => new Int32Array(n));
    this.termStart = ensureCapacity(this.termStart, num, (n) => new Int32Array(n));
    this.termCount = ensureCapacity(this.termCount, num, (n) => new Int32Array(n));
    this.rows = ensureCapacity(this.rows, this.rowsUsed + row.length, (n) => new Int16Array(n));
    this.terms = ensureCapacity(this.terms, this.termsUsed + terms.length, (n) => new Int32Array(n));
    this.weights = ensureCapacity(this.weights, this.termsUsed + terms.length, (n) => new Float32Array(n));
    this.rows.set(row, this.rowsUsed);
    this.terms.set(terms, this.termsUsed);
    this.weights.set(weights, this.termsUsed);
    [this.rowStart[num], this.rowLength[num], this.termStart[num], this.termCount[num]] = [this.rowsUsed, row.length, this.termsUsed, terms.length];
    this.rowsUsed += row.length;
    this.termsUsed += terms.length;
  }

  /** Call after the listing was marked dead. */
  retired(num: number, capacity: number): void {
    this.garbage += this.termCount[num];
    if (this.garbage * 2 > this.termsUsed && this.termsUsed > 4096) this.compact(capacity);
  }

  private compact(capacity: number): void {
    const [rows, terms, weights] = [new Int16Array(this.rows.length), new Int32Array(this.terms.length), new Float32Array(this.weights.length)];
    let [rowsUsed, termsUsed] = [0, 0];
    for (let num = 0; num < capacity; num++) {
      if (!this.isAlive(num)) continue;
      const [rs, rl, ts, tc] = [this.rowStart[num], this.rowLength[num], this.termStart[num], this.termCount[num]];
      rows.set(this.rows.subarray(rs, rs + rl), rowsUsed);
      terms.set(this.terms.subarray(ts, ts + tc), termsUsed);
      weights.set(this.weights.subarray(ts, ts + tc), termsUsed);
      [this.rowStart[num], this.termStart[num]] = [rowsUsed, termsUsed];
      rowsUsed += rl;
      termsUsed += tc;
    }
    [this.rows, this.terms, this.weights, this.rowsUsed, this.termsUsed, this.garbage] = [rows, terms, weights, rowsUsed, termsUsed, 0];
  }
}
