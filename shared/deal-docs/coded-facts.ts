// Key facts that hold taxonomy codes (sectors, regions, deal size, project stage, as a deal opened
// from a match fills them): the codes sit beside the text in `keyFactCodes`, and each reader sees
// them as labels in their own language. Typing in such a fact makes it typed text (the codes go).
import * as Y from 'yjs';
import { DEAL_SIZES, PROJECT_STAGES, REGIONS, SECTORS, type Lang, type TaxonomyEntry } from '../taxonomy/index.ts';
import { DossierRoot } from './schema.ts';

/** The taxonomy each coded key fact takes its codes from. */
export const CODED_FACTS: Readonly<Record<string, readonly TaxonomyEntry[]>> = {
  sectors: SECTORS,
  regions: REGIONS,
  'deal-size': DEAL_SIZES,
  'project-stage': PROJECT_STAGES,
};

/** Codes as labels in one language, unknown codes as they are. */
export function codedFactText(key: string, codes: readonly string[], lang: Lang): string {
  const entries = CODED_FACTS[key] ?? [];
  const words = [...new Set(codes)].map((code) => entries.find((entry) => entry.code === code)?.labels[lang] ?? code);
  return words.join(lang === 'en' ? '; ' : '、');
}

/** The codes of the key facts that still hold codes, by key (own properties only). */
export function readKeyFactCodes(doc: Y.Doc): Record<string, string[]> {
  const entries = [...doc.getMap<unknown>(DossierRoot.keyFactCodes)].filter(
    (entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((code) => typeof code === 'string'),
  );
  return Object.fromEntries(entries);
}

/** Key facts as one reader sees them: coded ones in `lang`, typed ones as typed. */
export function keyFactsIn(facts: Readonly<Record<string, string>>, codes: Readonly<Record<string, readonly string[]>>, lang: Lang): Record<string, string> {
  const coded = Object.entries(codes).filter(([key, list]) => key in facts && list.length > 0);
  return { ...facts, ...Object.fromEntries(coded.map(([key, list]) => [key, codedFactText(key, list, lang)])) };
}

/** Writes a key fact as typed text: it no longer holds codes. Call inside a transaction. */
export function writeKeyFact(doc: Y.Doc, key: string, value: string): void {
  const facts = doc.getMap<string>(DossierRoot.keyFacts);
  const codes = doc.getMap<unknown>(DossierRoot.keyFactCodes);
  if (codes.has(key)) codes.delete(key);
  if (facts.get(key) !== value) facts.set(key, value);
}
