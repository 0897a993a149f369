// Names of deal things in the reader's language: types, stages, sections, key facts, term
// categories and statuses come from the shared taxonomy; roles from the UI dictionary.
// The template modules, not the deal-docs index: the deals list needs labels, not Yjs.
import { TERM_CATEGORIES, TERM_STATUS_LABELS } from '../../../shared/deal-docs/board-templates.ts';
import { KEY_FACT_DEFS, SECTION_DEFS } from '../../../shared/deal-docs/dossier-templates.ts';
import type { SectionEntry, TermStatus } from '../../../shared/deal-docs/schema.ts';
import { DEAL_TYPES, type DealRole } from '../../../shared/schemas/deals.ts';
import { DEAL_STAGES, type Lang } from '../../../shared/taxonomy/index.ts';
import type { MessageKey } from '../i18n/en.ts';

export function dealTypeLabel(type: string, lang: Lang): string {
  return DEAL_TYPES.find((entry) => entry.code === type)?.labels[lang] ?? type;
}

export function stageLabel(stage: string, lang: Lang): string {
  return DEAL_STAGES.find((entry) => entry.code === stage)?.labels[lang] ?? stage;
}

/** A template section by its key; a custom section by its own title. */
export function sectionLabel(section: SectionEntry, lang: Lang): string {
  return section.title ?? SECTION_DEFS[section.key]?.labels[lang] ?? section.key;
}

export function sectionHint(key: string, lang: Lang): string {
  return SECTION_DEFS[key]?.hint[lang] ?? '';
}

export function keyFactLabel(key: string, lang: Lang): string {
  return KEY_FACT_DEFS[key]?.labels[lang] ?? key;
}

export function categoryLabel(code: string, lang: Lang): string {
  return TERM_CATEGORIES.find((category) => category.code === code)?.labels[lang] ?? code;
}

export function statusLabel(status: TermStatus, lang: Lang): string {
  return TERM_STATUS_LABELS[status][lang];
}

export const ROLE_LABEL: Record<DealRole, MessageKey> = {
  party: 'deal.role.party',
  adviser: 'deal.role.adviser',
  manager: 'deal.role.manager',
};
