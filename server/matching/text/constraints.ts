// Requirements written into a listing's text, in English, 繁體 or 简体: "No Europe-only CROs",
// "must have a Vietnam plant", "not interested in trading companies", 「不考慮只在歐洲營運的CRO」,
// 「须在越南设厂」, 「唔要中介」. Each clause with a cue of inclusion or exclusion yields requirements
// on places (the taxonomy's names and aliases, through the place glossary) and on kinds of
// counterparty; the other clauses say what the listing itself is (a trading company, a factory).
// Patterns run on normalised text (lower case, Traditional folded to Simplified).
import { domainGlossary } from './glossary-matcher.ts';
import { toUnits } from './units.ts';

export const COUNTERPARTY_KINDS = ['trader', 'manufacturer', 'intermediary'] as const;
export type CounterpartyKind = (typeof COUNTERPARTY_KINDS)[number];

export type Requirement =
  | { rule: 'include' | 'exclude'; place: string; /** "Europe-only", 只在: only a counterpart working nowhere else is meant. */ only: boolean }
  | { rule: 'include' | 'exclude'; kind: CounterpartyKind };

export interface TextTraits {
  requirements: Requirement[];
  /** Kinds of counterparty the listing describes itself as. */
  kinds: CounterpartyKind[];
  /** Region codes its text names, with their broader regions ("EMS factory in Bac Ninh, Vietnam"). */
  places: string[];
}

const KIND_PATTERNS: Record<CounterpartyKind, RegExp> = {
  trader: /trading (?:compan|firm|house)|\btraders?\b|贸易公司|贸易商|贸易行/u,
  manufacturer: /manufactur|factor(?:y|ies)|\bplants?\b|\bfab\b|制造商|生产商|厂家|工厂|设厂|厂房/u,
  intermediary: /\bbrokers?\b|middlem[ae]n|intermediar|\bagents?\b|中介|经纪/u,
};

const EXCLUDE_CUE = /\bno\b|\bnot interested\b|\bnot consider|\bexclud|\bavoid\b|\b(?:do not|don't) want\b|\brather not\b|不考虑|唔考虑|唔要|不要|不接受|排除|谢绝|恕不/u;
// About the counterpart only ("must have a plant", not "our group must report under new rules").
const INCLUDE_CUE = /\bmust (?:have|be|own|run|operate)\b|\b(?:has|have) to (?:have|be)\b|\bdirect from\b|必须|必需|须|务必|只限|仅限/u;
const ONLY = /-only\b|\bonly (?:in|operat|work|serv)|只在|只于|仅在|只限于/u;
const CLAUSES = /[.;!?\n。；！？，,]+/u;

function placesIn(clause: string): string[] {
  const hits = domainGlossary().match(toUnits(clause));
  return [...new Set(hits.filter((hit) => hit.concept.startsWith('place:')).map((hit) => hit.concept.slice('place:'.length)))];
}

const kindsIn = (clause: string) => COUNTERPARTY_KINDS.filter((kind) => KIND_PATTERNS[kind].test(clause));

function requirementsOf(clause: string): Requirement[] | undefined {
  const rule: Requirement['rule'] | undefined = EXCLUDE_CUE.test(clause) ? 'exclude' : INCLUDE_CUE.test(clause) ? 'include' : undefined;
  if (!rule) return undefined;
  const only = rule === 'exclude' && ONLY.test(clause);
  return [...placesIn(clause).map((place) => ({ rule, place, only })), ...kindsIn(clause).map((kind) => ({ rule, kind }))];
}

const NO_TRAITS: TextTraits = Object.freeze({ requirements: [], kinds: [], places: [] }) as TextTraits;

/**
 * Requirements and self-description of a listing, from its normalised text and the place concepts
 * its analysis already found (so text is not matched against the glossary twice). Most listings
 * state no requirement: they cost one test of the cues and share one empty result.
 */
export function textTraits(normalised: string, textPlaces: readonly string[]): TextTraits {
  const requirements: Requirement[] = [];
  let described = normalised;
  if (EXCLUDE_CUE.test(normalised) || INCLUDE_CUE.test(normalised)) {
    const clauses = normalised.split(CLAUSES).map((clause) => ({ clause, stated: requirementsOf(clause) }));
    for (const { stated } of clauses) requirements.push(...(stated ?? []));
    described = clauses.filter(({ stated }) => stated === undefined).map(({ clause }) => clause).join('\n');
  }
  const kinds = kindsIn(described);
  if (requirements.length === 0 && kinds.length === 0 && textPlaces.length === 0) return NO_TRAITS;
  return { requirements, kinds, places: [...textPlaces] };
}
