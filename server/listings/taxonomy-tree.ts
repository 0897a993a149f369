// Taxonomy filters include narrower entries: filtering on "semiconductors" finds "chip-design",
// on the GBA finds Shenzhen and Qianhai.
import type { TaxonomyEntry } from '../../shared/taxonomy/index.ts';

export type DescendantLookup = (codes: readonly string[]) => string[];

/** A lookup from codes to those codes plus every entry below them. */
export function descendantsOf(entries: readonly TaxonomyEntry[]): DescendantLookup {
  const children = new Map<string, string[]>();
  for (const entry of entries) {
    if (!entry.parent) continue;
    children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry.code]);
  }
  return (codes) => {
    const found = new Set<string>();
    const pending = [...codes];
    while (pending.length > 0) {
      const code = pending.pop() as string;
      if (found.has(code)) continue;
      found.add(code);
      pending.push(...(children.get(code) ?? []));
    }
    return [...found];
  };
}
