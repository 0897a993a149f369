// Pure lookups over the taxonomy: a code's label in a language, and entries grouped under their
// top-level heading for pickers (sectors under the three pillars, regions under Hong Kong, the
// GBA, the Mainland, Belt and Road, other economies).
import type { ListingKind } from '../../../shared/schemas/listings.ts';
import type { Lang, ListingCategory, Taxonomy, TaxonomyEntry } from '../../../shared/taxonomy/index.ts';

/** The taxonomy tables whose entries are plain labelled codes. */
export type LabelTable = 'sectors' | 'regions' | 'dealSizes' | 'projectStages' | 'orgSizes' | 'dealStages';

export interface CodeOption {
  code: string;
  label: string;
  /** 0 for the entry right under the heading, 1 for the level below, and so on. */
  depth: number;
}

export interface OptionGroup {
  code: string;
  label: string;
  options: CodeOption[];
}

export interface GroupOptions {
  /** Whether the heading itself may be chosen (a region such as "Hong Kong") or not (a sector pillar). */
  headingSelectable: boolean;
}

function childrenOf(entries: readonly TaxonomyEntry[]): Map<string, TaxonomyEntry[]> {
  const children = new Map<string, TaxonomyEntry[]>();
  for (const entry of entries) {
    if (!entry.parent) continue;
    children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry]);
  }
  return children;
}

/** Top-level entries as groups, each listing its descendants depth-first in taxonomy order. */
export function groupEntries(entries: readonly TaxonomyEntry[], lang: Lang, options: GroupOptions): OptionGroup[] {
  const children = childrenOf(entries);
  const walk = (entry: TaxonomyEntry, depth: number): CodeOption[] => [
    { code: entry.code, label: entry.labels[lang], depth },
    ...(children.get(entry.code) ?? []).flatMap((child) => walk(child, depth + 1)),
  ];
  return entries
    .filter((entry) => !entry.parent)
    .map((root) => ({
      code: root.code,
      label: root.labels[lang],
      options: options.headingSelectable
        ? walk(root, 0)
        : (children.get(root.code) ?? []).flatMap((child) => walk(child, 0)),
    }));
}

/** A category's label: as a need ("Seeking a supplier"), as an offer, or in general. */
export function categoryLabel(category: ListingCategory, lang: Lang, kind?: ListingKind): string {
  return (kind ? category[kind] : category.labels)[lang];
}

/** Every label of a table by code, for one language. */
export function labelsByCode(entries: readonly TaxonomyEntry[], lang: Lang): Map<string, string> {
  return new Map(entries.map((entry) => [entry.code, entry.labels[lang]]));
}

export function findCategory(taxonomy: Taxonomy, code: string): ListingCategory | undefined {
  return taxonomy.categories.find((category) => category.code === code);
}

/**
 * The groups narrowed to options whose label contains `text` (any case), keeping everything
 * under a match: "biotech" keeps clinical trials and medical devices. A matching heading keeps
 * its whole group.
 */
export function filterGroups(groups: readonly OptionGroup[], text: string): OptionGroup[] {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return [...groups];
  const hit = (label: string) => label.toLowerCase().includes(wanted);
  return groups
    .map((group) => {
      if (hit(group.label)) return group;
      let under: number | null = null;
      const options = group.options.filter((option) => {
        if (under !== null && option.depth > under) return true;
        under = hit(option.label) ? option.depth : null;
        return under !== null;
      });
      return { ...group, options };
    })
    .filter((group) => group.options.length > 0);
}
