// Whether an organisation's exclusion list keeps a pair of listings apart: an entry naming the
// other side's organisation, or a sector the other side's listing is filed under (its sub-sectors
// included). Entries apply in both directions: whichever side made one, the pair is never matched.
import { taxonomyIndex } from '../matching/index.ts';
import type { ExclusionRecord } from './exclusion-repository.ts';

/** The side of a pair an exclusion is judged against. */
export interface PairParty {
  orgId: string;
  sectors: readonly string[];
}

/** Does `entry` (made by `self`'s organisation) exclude `other`? */
export function excludes(entry: ExclusionRecord, self: PairParty, other: PairParty): boolean {
  if (entry.orgId !== self.orgId) return false;
  const { target } = entry;
  if (target.type === 'org') return target.orgId === other.orgId;
  return other.sectors.some((sector) => taxonomyIndex().sectorWithin(sector, target.sector));
}

/** Is the pair kept apart by any entry of either side? */
export function pairExcluded(entries: readonly ExclusionRecord[], a: PairParty, b: PairParty): boolean {
  return entries.some((entry) => excludes(entry, a, b) || excludes(entry, b, a));
}
