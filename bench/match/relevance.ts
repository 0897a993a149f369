// Graded relevance of an offer (from intent J) to a need (from intent I), from the intents alone:
// 3 the same intent; 2 same sector and the offer serves the need's target market; 1 same sector
// elsewhere, or a neighbouring sector in the right market; 0 otherwise. The engine's scores play
// no part, and its weights and partial credits are not used.
import { REGIONS, SECTORS } from '../../shared/taxonomy/index.ts';
import type { Intent } from './intent-types.ts';

const sectorParent = new Map(SECTORS.filter((s) => s.parent).map((s) => [s.code, s.parent as string]));
const regionParent = new Map(REGIONS.filter((r) => r.parent).map((r) => [r.code, r.parent as string]));
const PILLARS = new Set(['new-services', 'new-manufacturing', 'new-business-forms']);

function ancestors(code: string, parents: Map<string, string>): string[] {
  const out = [code];
  for (let p = parents.get(code); p; p = parents.get(p)) out.push(p);
  return out;
}

function sectorsRelated(a: string, b: string): boolean {
  const [pa, pb] = [sectorParent.get(a), sectorParent.get(b)];
  return pa === b || pb === a || (pa !== undefined && pa === pb && !PILLARS.has(pa));
}

/** The offer works in, or covers, one of the need's target regions. */
function servesTarget(need: Intent, offer: Intent): boolean {
  const places = [...offer.offer.regions, ...offer.offer.homes];
  return need.need.to.some((target) =>
    places.some((place) => ancestors(place, regionParent).includes(target) || ancestors(target, regionParent).includes(place)),
  );
}

export function relevance(needIntent: Intent, offerIntent: Intent): number {
  if (needIntent.id === offerIntent.id) return 3;
  const needSectors = needIntent.sectors;
  const offerSectors = offerIntent.offerSectors ?? offerIntent.sectors;
  const exact = needSectors.some((s) => offerSectors.includes(s));
  const related = needSectors.some((a) => offerSectors.some((b) => sectorsRelated(a, b)));
  const serves = servesTarget(needIntent, offerIntent);
  if (exact && serves) return 2;
  if (exact || (related && serves)) return 1;
  return 0;
}
