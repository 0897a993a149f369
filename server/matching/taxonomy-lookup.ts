// The default label lookup for reasons: taxonomy entries from shared/taxonomy, concepts from the glossary.
import { DEAL_SIZES, LISTING_CATEGORIES, PROJECT_STAGES, REGIONS, SECTORS, type Labels } from '../../shared/taxonomy/index.ts';
import { domainGlossary } from './text/glossary-matcher.ts';
import type { TaxonomyLookup } from './types.ts';

const byCode = (entries: readonly { code: string; labels: Labels }[]) => new Map(entries.map((entry) => [entry.code, entry.labels]));

const TABLES = {
  sector: byCode(SECTORS),
  region: byCode(REGIONS),
  dealSize: byCode(DEAL_SIZES),
  stage: byCode(PROJECT_STAGES),
  categoryNeed: new Map(LISTING_CATEGORIES.map((category) => [category.code, category.need])),
  categoryOffer: new Map(LISTING_CATEGORIES.map((category) => [category.code, category.offer])),
};

export const defaultTaxonomyLookup: TaxonomyLookup = (table, code, lang) => {
  if (table === 'concept') return domainGlossary().concepts.get(code)?.labels[lang];
  return TABLES[table].get(code)?.[lang];
};
