// Text → weighted index terms: glossary concepts (language-neutral), English stems, Chinese words
// and bigrams. A phrase the glossary recognises becomes its concept only, so the same idea written
// in English, 繁體 or 简体 yields the same terms and cross-language pairs are not penalised.
import { chineseBigrams, chineseWords } from './chinese.ts';
import { domainGlossary, type GlossaryMatcher } from './glossary-matcher.ts';
import { normalise } from './normalise.ts';
import { toUnits } from './units.ts';
import { TERM_WEIGHTS } from '../weights.ts';

/** Term id prefixes: concept, word (English stem or Chinese word), Chinese character bigram. */
export const conceptTerm = (id: string) => `c:${id}`;
export const wordTerm = (word: string) => `w:${word}`;
export const bigramTerm = (bigram: string) => `b:${bigram}`;

export interface AnalysedText {
  /** Term id → weighted frequency. */
  terms: Map<string, number>;
  /** Word term id → the surface first seen, for explaining matches ("manufacturing", not "manufactur"). */
  surfaces: Map<string, string>;
  /** The texts as normalised, one per line (read again for requirements: text/constraints.ts). */
  normalised: string;
}

export function emptyAnalysis(): AnalysedText {
  return { terms: new Map(), surfaces: new Map(), normalised: '' };
}

/** Adds one text's terms, each occurrence counted with `fieldWeight` (titles count more than bodies). */
export function analyseInto(out: AnalysedText, text: string, fieldWeight: number, glossary: GlossaryMatcher = domainGlossary()): void {
  const normalised = normalise(text);
  out.normalised += out.normalised ? `\n${normalised}` : normalised;
  const units = toUnits(normalised);
  const hits = glossary.match(units);
  for (const hit of hits) addConcept(out, hit.concept, fieldWeight, glossary);
  const covered = new Uint8Array(units.length);
  for (const hit of hits) covered.fill(1, hit.start, hit.end);
  // Han characters outside glossary phrases, runs kept apart by spaces: one segmenter pass.
  let han = '';
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (covered[i]) han += han.endsWith(' ') ? '' : ' ';
    else if (unit.kind === 'han') han += unit.char;
    else {
      han += han.endsWith(' ') ? '' : ' ';
      if (unit.kind === 'latin') addLatin(out, unit.stem, unit.surface, fieldWeight);
    }
  }
  if (han.trim()) addHan(out, han, fieldWeight);
}

/** Terms of a title and description together. */
export function analyseListingText(title: string, description: string): AnalysedText {
  const out = emptyAnalysis();
  analyseInto(out, title, TERM_WEIGHTS.titleField);
  analyseInto(out, description, 1);
  return out;
}

/** Terms of a search-box query. */
export function analyseQuery(query: string): AnalysedText {
  const out = emptyAnalysis();
  analyseInto(out, query, 1);
  return out;
}

function add(out: AnalysedText, term: string, weight: number): void {
  out.terms.set(term, (out.terms.get(term) ?? 0) + weight);
}

function addConcept(out: AnalysedText, id: string, weight: number, glossary: GlossaryMatcher): void {
  const isPlace = id.startsWith('place:');
  const own = isPlace ? TERM_WEIGHTS.place : glossary.concepts.get(id)?.general ? TERM_WEIGHTS.word : TERM_WEIGHTS.concept;
  add(out, conceptTerm(id), weight * own);
  let broader = glossary.concepts.get(id)?.broader;
  let factor = TERM_WEIGHTS.broaderConcept;
  for (let depth = 0; broader && depth < 3; depth++) {
    add(out, conceptTerm(broader), weight * factor * (isPlace ? TERM_WEIGHTS.place : 1));
    broader = glossary.concepts.get(broader)?.broader;
    factor *= TERM_WEIGHTS.broaderConcept;
  }
}

function addLatin(out: AnalysedText, stemmed: string, surface: string, weight: number): void {
  if (stemmed.length < 2 || /^\d+$/u.test(stemmed)) return;
  const term = wordTerm(stemmed);
  add(out, term, weight * TERM_WEIGHTS.word);
  if (!out.surfaces.has(term)) out.surfaces.set(term, surface);
}

function addHan(out: AnalysedText, text: string, weight: number): void {
  const words = chineseWords(text);
  for (const word of words) {
    const term = wordTerm(word);
    add(out, term, weight * TERM_WEIGHTS.word);
    if (!out.surfaces.has(term)) out.surfaces.set(term, word);
  }
  for (const bigram of chineseBigrams(text, new Set(words))) add(out, bigramTerm(bigram), weight * TERM_WEIGHTS.bigram);
}
