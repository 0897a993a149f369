// Trilingual labels: every taxonomy entry and UI string exists in 繁體中文, 简体中文 and English.
export const LANGS = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Lang = (typeof LANGS)[number];
export type Labels = Record<Lang, string>;

/** Shorthand for taxonomy tables: [en, 繁, 简]. */
export function labels(en: string, hant: string, hans: string): Labels {
  return { en, 'zh-Hant': hant, 'zh-Hans': hans };
}

export interface TaxonomyEntry {
  code: string;
  labels: Labels;
  /** Code of the broader entry (a sector's group, a district's city). */
  parent?: string;
}
