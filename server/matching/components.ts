// The structured components of fit between a need and an offer, each a value in [0, 1].
// `best` receives the indexes behind the value, so a reason can name them.
import type { IndexedListing } from './indexed-listing.ts';
import { LANG_BITS } from './indexed-listing.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';
import { PARTIAL } from './weights.ts';

export interface Best {
  a: number;
  b: number;
}

/** Best sector pair: exact, parent/child, or siblings. */
export function sectorFit(x: IndexedListing, y: IndexedListing, taxonomy: TaxonomyIndex, best?: Best): number {
  let top = 0;
  for (const a of x.sectors) {
    for (const b of y.sectors) {
      const value = taxonomy.sectorScore(a, b);
      if (value <= top) continue;
      top = value;
      if (best) [best.a, best.b] = [a, b];
    }
  }
  return top;
}

/** The need's target regions (and, a little less, its home) against where the offer works and is based. */
export function corridorFit(need: IndexedListing, offer: IndexedListing, taxonomy: TaxonomyIndex, best?: Best): number {
  let top = 0;
  for (let t = -1; t < need.regions.length; t++) {
    const target = t < 0 ? need.home : need.regions[t];
    const factor = t < 0 ? PARTIAL.needHomeAsTarget : 1;
    for (let p = -1; p < offer.regions.length; p++) {
      const place = p < 0 ? offer.home : offer.regions[p];
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

export function languageFit(a: number, b: number): number {
  if (a === 0 || b === 0) return PARTIAL.unknownLanguage;
  if (a & b) return 1;
  const chinese = LANG_BITS['zh-Hant'] | LANG_BITS['zh-Hans'];
  return a & chinese && b & chinese ? PARTIAL.chineseScripts : 0;
}

/** Share of the certifications the need asks for that the offer or its organisation holds. */
export function certificationFit(need: IndexedListing, offer: IndexedListing, held?: string[]): number {
  if (need.wanted.length === 0) return 0;
  let count = 0;
  for (const wanted of need.wanted) {
    const found = offer.held.find((key) => sameCertification(wanted, key));
    if (!found) continue;
    count++;
    held?.push(wanted);
  }
  return count / need.wanted.length;
}

/** "ISO13485" meets "ISO13485"; "CE" meets "CEmarking" (one key a prefix of the other). */
function sameCertification(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.startsWith(short) && !/\d$/u.test(short);
}
