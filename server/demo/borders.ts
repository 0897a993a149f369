// Which side of a border a region lies on: Hong Kong (and its districts), Macao, the Mainland (the
// GBA cities and the other provinces), or else the economy itself. A demo deal crosses one.
import { REGIONS } from '../../shared/taxonomy/index.ts';

const PARENT = new Map(REGIONS.flatMap((region) => (region.parent ? [[region.code, region.parent] as const] : [])));
const JURISDICTION_ROOTS = new Map([
  ['hk', 'hk'],
  ['macao', 'macao'],
  ['gba', 'mainland'],
  ['mainland', 'mainland'],
]);

/** The jurisdiction a region belongs to. */
export function jurisdictionOf(region: string): string {
  for (let code: string | undefined = region; code; code = PARENT.get(code)) {
    const root = JURISDICTION_ROOTS.get(code);
    if (root) return root;
  }
  return region;
}

/** True when two regions lie in different jurisdictions (Shenzhen → Hong Kong, not Shenzhen → Guangzhou). */
export function crossesBorder(a: string, b: string): boolean {
  return jurisdictionOf(a) !== jurisdictionOf(b);
}
