// Builds the structured reasons behind a scored pair: each component's contribution and the codes
// or terms that earned it, strongest first. Rendering into sentences is render-reason.ts's job.
import { certificationFit, corridorFit, sectorFit, type Best } from './components.ts';
import type { IndexedListing } from './indexed-listing.ts';
import { applicableWeight, needAndOffer, scoreScale, type ComponentValues } from './scorer.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';
import type { TermDictionary } from './term-dictionary.ts';
import type { TextSimilarity } from './text-similarity.ts';
import { domainGlossary } from './text/glossary-matcher.ts';
import { tagKey } from './text/normalise.ts';
import type { MatchReason, ReasonParams, SharedTerm } from './types.ts';
import { COMPONENT_WEIGHTS, REASONS_PER_MATCH, type ComponentCode } from './weights.ts';

export interface ExplainContext {
  taxonomy: TaxonomyIndex;
  dictionary: TermDictionary;
  /** With the query listing loaded. */
  text: TextSimilarity;
}

const SHARED_TERMS_SHOWN = 3;
/** Everyday glossary words ("market", "centre") are named only when nothing more specific is shared. */
const GENERAL_TERM_RANK = 0.2;

/** The top reasons for a pair (query `a`, candidate `b`), each with its contribution to the score. */
export function explain(a: IndexedListing, b: IndexedListing, values: ComponentValues, context: ExplainContext): MatchReason[] {
  const [need, offer] = needAndOffer(a, b);
  // Contributions are scaled like the score, so they add up to it.
  const scale = scoreScale(values) / applicableWeight(need.wanted.length);
  const reasons: MatchReason[] = [];
  for (const code of Object.keys(COMPONENT_WEIGHTS) as ComponentCode[]) {
    if (!informative(code, values[code], need, offer)) continue;
    const params = paramsFor(code, need, offer, b, context);
    if (params) reasons.push({ code, weight: round(COMPONENT_WEIGHTS[code] * values[code] * scale), params });
  }
  // A fitting category is named only when nothing more specific is there to say.
  const rank = (reason: MatchReason) => (reason.code === 'category' ? reason.weight / 10 : reason.weight);
  return reasons.sort((x, y) => rank(y) - rank(x)).slice(0, REASONS_PER_MATCH);
}

/** Zeros, and neutral values for what one side left unstated, explain nothing. */
function informative(code: ComponentCode, value: number, need: IndexedListing, offer: IndexedListing): boolean {
  if (value <= 0) return false;
  if (code === 'size') return need.size >= 0 && offer.size >= 0;
  if (code === 'stage') return need.stage >= 0 && offer.stage >= 0;
  return true;
}

function paramsFor(code: ComponentCode, need: IndexedListing, offer: IndexedListing, candidate: IndexedListing, context: ExplainContext): ReasonParams | undefined {
  const { taxonomy } = context;
  switch (code) {
    case 'sector': {
      const best: Best = { a: -1, b: -1 };
      sectorFit(need.view, offer.view, taxonomy, best);
      const [sector, other] = [taxonomy.sectors.codes[best.a], taxonomy.sectors.codes[best.b]];
      const relation = taxonomy.sectorRelation(sector, other);
      return relation ? { code, sector, other, relation } : undefined;
    }
    case 'corridor': {
      const best: Best = { a: -1, b: -1 };
      corridorFit(need.view, offer.view, taxonomy, best);
      const [to, via] = [taxonomy.regions.codes[best.a], taxonomy.regions.codes[best.b]];
      const relation = taxonomy.regionRelation(to, via);
      return relation ? { code, from: need.listing.orgRegion, to, via, relation } : undefined;
    }
    case 'size':
    case 'stage': {
      const table = code === 'size' ? taxonomy.dealSizes : taxonomy.stages;
      const [x, y] = code === 'size' ? [need.size, offer.size] : [need.stage, offer.stage];
      return { code, band: table.codes[x], other: table.codes[y], relation: x === y ? 'same' : 'adjacent' };
    }
    case 'certification': {
      const heldKeys: string[] = [];
      certificationFit(need.wanted, offer.held, heldKeys);
      const held = need.listing.certifications.filter((written) => heldKeys.includes(tagKey(written)));
      return { code, held, requested: need.wanted.length };
    }
    case 'text':
      return { code, terms: sharedTerms(candidate, context) };
    case 'category':
      return { code, need: need.listing.category, offer: offer.listing.category };
  }
}

/** The shared terms that weigh most: concepts and words first; bigrams only if nothing else is shared. */
function sharedTerms(candidate: IndexedListing, { dictionary, text }: ExplainContext): SharedTerm[] {
  // Domain concepts explain a match better than everyday words of the same weight.
  const shown = ({ term, contribution }: { term: number; contribution: number }) => {
    const name = dictionary.name(term);
    return { name, rank: domainGlossary().concepts.get(name.slice(2))?.general ? contribution * GENERAL_TERM_RANK : contribution };
  };
  const shared = text.sharedTerms(candidate).map(shown).sort((a, b) => b.rank - a.rank).map(({ name }) => name);
  const out: SharedTerm[] = [];
  const seen = new Set<string>();
  const push = (term: SharedTerm, key: string) => {
    if (out.length < SHARED_TERMS_SHOWN && !seen.has(key)) out.push(term) && seen.add(key);
  };
  for (const name of shared) {
    if (name.startsWith('c:') && !name.startsWith('c:place:')) push({ concept: name.slice(2) }, name);
    else if (name.startsWith('w:')) push({ word: dictionary.surface(dictionary.intern(name)) ?? name.slice(2) }, name);
  }
  for (const name of shared) if (name.startsWith('b:')) push({ word: name.slice(2) }, name);
  return out;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
