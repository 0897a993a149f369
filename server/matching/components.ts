// The structured components of fit between a need and an offer, each a value in [0, 1], read from
// packed rows (see row.ts). `best` receives the codes behind the value, so a reason can name them.
import { field, regionAt, regionCount, ROW, sectorAt, sectorCount, type Row } from './row.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';
import { PARTIAL } from './weights.ts';

export interface Best {
  a: number;
  b: number;
}

/** Best sector pair: exact, parent/child, or siblings. */
export function sectorFit(x: Row, y: Row, taxonomy: TaxonomyIndex, best?: Best): number {
  let top = 0;
  const [nx, ny] = [sectorCount(x), sectorCount(y)];
  for (let i = 0; i < nx; i++) {
    const a = sectorAt(x, i);
    for (let j = 0; j < ny; j++) {
      const b = sectorAt(y, j);
      const value = taxonomy.sectorScore(a, b);
      if (value <= top) continue;
      top = value;
      if (best) [best.a, best.b] = [a, b];
    }
  }
  return top;
}

/** The need's target regions (and, a little less, its home) against where the offer works and is based. */
export function corridorFit(need: Row, offer: Row, taxonomy: TaxonomyIndex, best?: Best): number {
  let top = 0;
  const [nt, np] = [regionCount(need), regionCount(offer)];
  for (let t = -1; t < nt; t++) {
    const target = t < 0 ? field(need, ROW.home) : regionAt(need, t);
    const factor = t < 0 ? PARTIAL.needHomeAsTarget : 1;
    for (let p = -1; p < np; p++) {
      const place = p < 0 ? field(offer, ROW.home) : regionAt(offer, p);
      const value = factor * taxonomy.regionScore(target, place);
      if (value <= top) continue;
      top = value;
      if (best) [best.a, best.b] = [target, place];
    }
  }
  return top;
}

/** Same band 1, adjacent partial, unknown neutral, else 0 (deal size and project stage). */
export function bandFit(a: number, b: number): number {
  if (a < 0 || b < 0) return PARTIAL.unknownBand;
  const gap = Math.abs(a - b);
  return gap === 0 ? 1 : gap === 1 ? PARTIAL.adjacentBand : 0;
}

/** Share of the certification keys asked for (`wanted`) that `held` contains; `found` collects them. */
export function certificationFit(wanted: readonly string[], held: readonly string[], found?: string[]): number {
  if (wanted.length === 0) return 0;
  let count = 0;
  for (const key of wanted) {
    if (!held.some((other) => sameCertification(key, other))) continue;
    count++;
    found?.push(key);
  }
  return count / wanted.length;
}

/** "ISO13485" meets "ISO13485"; "CE" meets "CEmarking" (one key a prefix of the other, not ending in a digit). */
function sameCertification(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.startsWith(short) && !/\d$/u.test(short);
}
