// The organisation form's state and the request body it makes: names in up to three languages
// (the main name is the one in the person's language, else the first given), tags typed as text.
import type { CreateOrgBody } from '../../../shared/schemas/orgs.ts';
import { LANGS, type Lang } from '../../../shared/taxonomy/index.ts';
import type { MessageKey } from '../i18n/en.ts';

export interface OrgDraft {
  names: Record<Lang, string>;
  region: string;
  sectors: string[];
  capabilities: string;
  certifications: string;
  languages: Lang[];
  size: string;
  description: string;
}

export function emptyOrgDraft(): OrgDraft {
  return {
    names: { en: '', 'zh-Hant': '', 'zh-Hans': '' },
    region: '',
    sectors: [],
    capabilities: '',
    certifications: '',
    languages: [],
    size: '',
    description: '',
  };
}

/** Tags typed as text, separated by commas (also full-width ，and 、), semicolons or new lines. */
export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\n]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The create request as typed; left unvalidated here so the shared schema (client-side, then the
 * server) reports problems. Untyped on purpose: a missing region is "" until the schema says so.
 */
export function orgBodyFrom(draft: OrgDraft, lang: Lang): Record<keyof CreateOrgBody, unknown> {
  const names = Object.fromEntries(LANGS.flatMap((code) => (draft.names[code].trim() ? [[code, draft.names[code].trim()]] : [])));
  const main = names[lang] ?? LANGS.map((code) => names[code]).find(Boolean) ?? '';
  return {
    name: main,
    names,
    region: draft.region,
    sectors: draft.sectors,
    capabilities: splitTags(draft.capabilities),
    certifications: splitTags(draft.certifications),
    languages: draft.languages,
    size: draft.size || null,
    description: draft.description,
  };
}

/** The sentence shown under each field when the schema refuses it. */
export const ORG_FIELD_MESSAGES: Partial<Record<string, MessageKey>> = {
  name: 'org.invalid.name',
  names: 'org.invalid.name',
  region: 'org.invalid.region',
  sectors: 'org.invalid.sectors',
  capabilities: 'org.invalid.tags',
  certifications: 'org.invalid.tags',
  size: 'org.invalid.size',
  description: 'org.invalid.description',
};
