// Deal templates in the three languages: every section, key fact, term category and starting term
// has its words in English, 繁體 and 简体, and the Chinese ones carry no English words (standards'
// acronyms such as CE, ISO/IEC or HKIAC stay as they are written in Chinese documents too).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  BOARD_TEMPLATES,
  DOSSIER_TEMPLATES,
  initDossier,
  KEY_FACT_DEFS,
  keyFactsIn,
  readKeyFactCodes,
  readKeyFacts,
  SECTION_DEFS,
  TERM_CATEGORIES,
  TERM_STATUS_LABELS,
  workingLanguageFor,
  writeKeyFact,
} from '../../shared/deal-docs.ts';
import { DEAL_TYPE_CODES } from '../../shared/schemas/deals.ts';
import { LANGS, type Labels } from '../../shared/taxonomy/index.ts';

/** A lower-case Latin word of two letters or more: English prose, not an acronym or a placeholder. */
const ENGLISH_WORD = /\b[A-Za-z]?[a-z]{2,}\b/;

function everyLabel(): [string, Labels][] {
  const sections = DEAL_TYPE_CODES.flatMap((type) =>
    DOSSIER_TEMPLATES[type].sections.flatMap((key) => [[`section ${key}`, SECTION_DEFS[key]?.labels] as const, [`section ${key} hint`, SECTION_DEFS[key]?.hint] as const]),
  );
  const facts = DEAL_TYPE_CODES.flatMap((type) => DOSSIER_TEMPLATES[type].keyFacts.map((key) => [`fact ${key}`, KEY_FACT_DEFS[key]?.labels] as const));
  const terms = DEAL_TYPE_CODES.flatMap((type) =>
    BOARD_TEMPLATES[type].flatMap((term, index) => [[`${type} term ${index} title`, term.title] as const, [`${type} term ${index} wording`, term.wording] as const]),
  );
  const categories = TERM_CATEGORIES.map((category) => [`category ${category.code}`, category.labels] as const);
  const statuses = Object.entries(TERM_STATUS_LABELS).map(([status, labels]) => [`status ${status}`, labels] as const);
  return [...sections, ...facts, ...terms, ...categories, ...statuses].map(([where, labels]) => {
    expect(labels, where).toBeDefined();
    return [where, labels as Labels];
  });
}

describe('deal templates in three languages', () => {
  it('has every label and wording in every language', () => {
    for (const [where, labels] of everyLabel()) {
      for (const lang of LANGS) expect(labels[lang]?.trim(), `${where} in ${lang}`).toBeTruthy();
    }
  });

  it('has no English words in the Chinese templates', () => {
    for (const [where, labels] of everyLabel()) {
      for (const lang of ['zh-Hant', 'zh-Hans'] as const) expect(labels[lang], `${where} in ${lang}`).not.toMatch(ENGLISH_WORD);
    }
  });

  it('writes the Chinese dossier template with coded key facts every reader sees in their language', () => {
    const doc = new Y.Doc();
    doc.transact(() =>
      initDossier(doc, 'supply', 'zh-Hant', {
        sections: {},
        keyFacts: { sectors: '無人機', 'deal-size': '少於100萬美元' },
        keyFactCodes: { sectors: ['drones'], 'deal-size': ['under-1m'] },
      }),
    );
    const codes = readKeyFactCodes(doc);
    expect(codes).toEqual({ sectors: ['drones'], 'deal-size': ['under-1m'] });
    expect(keyFactsIn(readKeyFacts(doc), codes, 'en')).toMatchObject({ sectors: 'Drones & unmanned aerial systems', 'deal-size': 'Under US$1m' });
    expect(keyFactsIn(readKeyFacts(doc), codes, 'zh-Hans').sectors).not.toMatch(ENGLISH_WORD);
    // Typing in a coded fact makes it typed text, shown as typed to everyone.
    doc.transact(() => writeKeyFact(doc, 'sectors', 'Drones for farms'));
    expect(keyFactsIn(readKeyFacts(doc), readKeyFactCodes(doc), 'zh-Hant').sectors).toBe('Drones for farms');
  });

  it('opens a room in the language both sides work in, the creator’s own when they share it', () => {
    expect(workingLanguageFor([['zh-Hant', 'en'], ['zh-Hans', 'en']], 'zh-Hant')).toBe('en');
    expect(workingLanguageFor([['zh-Hant', 'en'], ['zh-Hant', 'zh-Hans']], 'en')).toBe('zh-Hant');
    expect(workingLanguageFor([['zh-Hant', 'zh-Hans', 'en'], ['zh-Hans', 'en']], 'zh-Hant')).toBe('zh-Hans');
    expect(workingLanguageFor([['zh-Hant', 'zh-Hans', 'en'], []], 'zh-Hant')).toBe('zh-Hant');
    expect(workingLanguageFor([['en'], ['zh-Hans']], 'zh-Hans')).toBe('zh-Hans');
  });
});
