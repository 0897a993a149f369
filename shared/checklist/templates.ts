// The due-diligence request list each deal type starts from: which catalogue sections, in which
// order, and which of their items. Template items and sections are stored by key, so they read
// in each reader's language until a member rewrites them.
import type { DealType } from '../schemas/deals.ts';
import type { Labels, Lang } from '../taxonomy/labels.ts';
import { CHECKLIST_CATALOGUE, type ChecklistSectionKey } from './catalogue.ts';

type ItemKeyOf<Section extends ChecklistSectionKey> = keyof (typeof CHECKLIST_CATALOGUE)[Section]['items'] & string;
type TemplateSection = { [Section in ChecklistSectionKey]: readonly [Section, readonly ItemKeyOf<Section>[] | 'all'] }[ChecklistSectionKey];

const ALL = 'all';

export const CHECKLIST_TEMPLATES: Record<DealType, readonly TemplateSection[]> = {
  investment: [
    ['corporate', ALL],
    ['financial', ALL],
    ['tax', ALL],
    ['contracts', ALL],
    ['ip', ['schedule', 'title', 'licences', 'fto']],
    ['regulatory', ['odi', 'fdi', 'merger', 'export', 'aml']],
    ['data', ['inventory', 'pdpo', 'pipl', 'transfer', 'security']],
    ['employment', ['headcount', 'benefits', 'incentives', 'disputes']],
    ['esg', ALL],
  ],
  supply: [
    ['corporate', ['registration', 'ownership', 'litigation']],
    ['financial', ['audited', 'debt']],
    ['quality', ALL],
    ['licences', ['operating', 'product', 'import', 'environmental']],
    ['contracts', ['customers', 'change', 'insurance']],
    ['regulatory', ['export', 'aml']],
    ['lowAltitude', ['caac', 'airworthiness', 'radio', 'liability']],
    ['tax', ['indirect', 'treaty']],
    ['esg', ['supply', 'incidents', 'report']],
  ],
  'professional-service': [
    ['corporate', ['registration', 'ownership', 'litigation']],
    ['engagement', ALL],
    ['regulatory', ['aml']],
    ['data', ['inventory', 'pdpo', 'pipl', 'transfer']],
    ['tax', ['treaty']],
  ],
  'joint-venture': [
    ['corporate', ALL],
    ['financial', ['audited', 'management', 'debt', 'projections']],
    ['tax', ['returns', 'incentives', 'treaty']],
    ['ip', ['schedule', 'title', 'licences']],
    ['regulatory', ['odi', 'fdi', 'merger', 'export', 'aml']],
    ['contracts', ['customers', 'change', 'related']],
    ['employment', ['headcount', 'benefits', 'visas']],
    ['data', ['inventory', 'pipl', 'transfer']],
    ['lowAltitude', ['caac', 'cad', 'airspace']],
    ['esg', ['report', 'framework']],
  ],
  'technology-licensing': [
    ['corporate', ['registration', 'ownership', 'resolutions']],
    ['ip', ALL],
    ['regulatory', ['technology', 'export']],
    ['tax', ['treaty', 'incentives']],
    ['data', ['inventory', 'transfer', 'gdpr', 'security']],
    ['contracts', ['change']],
  ],
  'market-entry': [
    ['corporate', ['registration', 'articles', 'ownership']],
    ['licences', ['operating', 'product', 'import']],
    ['market', ALL],
    ['regulatory', ['fdi', 'export', 'aml']],
    ['data', ['inventory', 'pdpo', 'pipl', 'transfer', 'gdpr']],
    ['lowAltitude', ['caac', 'cad', 'radio', 'airspace']],
    ['tax', ['indirect', 'treaty']],
    ['employment', ['headcount', 'visas']],
    ['esg', ['supply']],
  ],
  other: [
    ['corporate', ['registration', 'articles', 'ownership', 'litigation']],
    ['financial', ['audited', 'debt']],
    ['contracts', ['customers', 'change']],
    ['tax', ['returns']],
    ['data', ['inventory', 'transfer']],
  ],
};

/** One section of a deal type's template with its item keys (`section.item`). */
export interface TemplateSectionPlan {
  key: ChecklistSectionKey;
  itemKeys: string[];
}

/** The sections and item keys a new request list of `type` starts with. */
export function templatePlan(type: DealType): TemplateSectionPlan[] {
  return CHECKLIST_TEMPLATES[type].map(([key, items]) => {
    const chosen: readonly string[] = items === ALL ? Object.keys(CHECKLIST_CATALOGUE[key].items) : items;
    return { key, itemKeys: chosen.map((item) => `${key}.${item}`) };
  });
}

function isSectionKey(key: string): key is ChecklistSectionKey {
  return Object.hasOwn(CHECKLIST_CATALOGUE, key);
}

/** A template section's wording; null for a key this build does not know. */
export function templateSectionLabels(key: string): Labels | null {
  return isSectionKey(key) ? CHECKLIST_CATALOGUE[key].labels : null;
}

/** A template item's wording (`section.item`); null for a key this build does not know. */
export function templateItemLabels(key: string): Labels | null {
  const dot = key.indexOf('.');
  const section = key.slice(0, dot);
  if (dot < 0 || !isSectionKey(section)) return null;
  const items: Record<string, Labels> = CHECKLIST_CATALOGUE[section].items;
  return Object.hasOwn(items, key.slice(dot + 1)) ? items[key.slice(dot + 1)] : null;
}

/** What an item or section reads as: the member's own text once written, else the template's in `lang`. */
export function checklistText(entry: { text: string | null; template: string | null }, lang: Lang, lookup: (key: string) => Labels | null): string {
  if (entry.text !== null) return entry.text;
  return (entry.template !== null ? lookup(entry.template)?.[lang] : undefined) ?? '';
}
