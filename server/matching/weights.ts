// Every weight the matching engine uses, in one place, each with the reason for its size.

/** How much each component of fit contributes to a match's score; they add up to 1. */
export const COMPONENT_WEIGHTS = {
  /** What the listings are about, in the words of their authors: the single strongest signal, and
   *  the only one that sees the specifics (agricultural drones vs. delivery drones). */
  text: 0.34,
  /** Both chose sectors from the taxonomy: reliable but coarse (one code covers many businesses). */
  sector: 0.22,
  /** A distributor in the wrong market is no match at all, however similar the words. */
  corridor: 0.2,
  /** A need whose required certification the offer lacks is rarely workable; only counted when asked. */
  certification: 0.08,
  /** Same category beats a merely compatible one (a JV offer for an investment need); the category
   *  also scales the whole score (CATEGORY_AFFINITY), so a wrong kind of deal stays low. */
  category: 0.06,
  /** Deal size and stage are often left blank or stated loosely: supporting evidence only. */
  size: 0.06,
  stage: 0.04,
  // No language component: the platform bridges English, 繁體 and 简体, so the languages a listing
  // declares must never cost a counterpart writing in another one.
} as const;

export type ComponentCode = keyof typeof COMPONENT_WEIGHTS;

/**
 * Corridor, size, stage and certification say how workable a deal would be, not whether
 * the two listings are about the same thing. So the weighted sum is scaled by a topic gate:
 * GATE_FLOOR + (1 − GATE_FLOOR) × max(sector fit, text fit). A Singapore toy distributor shares a
 * corridor with a Shenzhen drone maker's ASEAN need, but without a shared topic it stays far below
 * a drone distributor (and below the suggestion threshold) instead of scoring a third of the way.
 */
export const GATE_FLOOR = 0.35;

/** Partial credit within components. */
export const PARTIAL = {
  /** The same broad sector, one with sub-sectors ("professional services"): less telling than "legal". */
  sameBroadSector: 0.85,
  /** One sector is the parent of the other (low-altitude economy ⊃ drones). */
  sectorParentChild: 0.7,
  /** Sibling sub-sectors under one sector (drones and eVTOL under the low-altitude economy). */
  sectorSibling: 0.45,
  /** The offer covers a wider area that contains the need's target (ASEAN distributor, Vietnam target). */
  regionOfferWider: 0.8,
  /** Neighbours under one parent (Singapore and Malaysia). */
  regionSibling: 0.4,
  /** Hong Kong, Macao and the Mainland GBA cities: one bay area, short hops apart. */
  regionBayArea: 0.45,
  /** Same broad block only (two Belt and Road markets far apart). */
  regionSameBlock: 0.15,
  /** The need's home region counts as a target too, a little less (services near home). */
  needHomeAsTarget: 0.75,
  /** Adjacent deal-size band or project stage. */
  adjacentBand: 0.5,
  /** Unknown size or stage on either side: neither evidence for nor against. */
  unknownBand: 0.5,
} as const;

/**
 * Category compatibility is a weight, never a gate: `value` is the category component, `factor`
 * scales the whole score. A neighbouring category (a chip prototyping run filed as a professional
 * service, for a technology need) with a strong text and sector fit keeps most of its score and
 * outranks unrelated offers of the "right" category (their topic gate keeps them near 0.1); an
 * unrelated category keeps under half, so the wrong kind of deal rarely clears the floor.
 */
export const CATEGORY_AFFINITY = {
  same: { value: 1, factor: 1 },
  /** Listed in `alsoMatches` (a JV offer for an investment need). */
  compatible: { value: 0.5, factor: 0.9 },
  /** Listed in `neighbours`. */
  neighbouring: { value: 0.25, factor: 0.75 },
  unrelated: { value: 0, factor: 0.4 },
} as const;

export type CategoryAffinity = keyof typeof CATEGORY_AFFINITY;

/** How text occurrences are weighted when indexing. */
export const TERM_WEIGHTS = {
  /** A title states what the listing is about; it counts more than a sentence of the body. */
  titleField: 2,
  /** A glossary concept is a curated, language-neutral term: it counts double a plain word. */
  concept: 2,
  /** Each step up the concept hierarchy halves (SiC → third-generation semiconductors → semiconductors). */
  broaderConcept: 0.5,
  /** Place names in text mostly repeat the structured regions, scored by the corridor component. */
  place: 0.5,
  word: 1,
  /** Bigrams exist for recall where the segmenter fails; each one overlaps its neighbours. */
  bigram: 0.4,
} as const;

/** BM25 saturation and length normalisation (the usual values). */
export const BM25 = { k1: 1.2, b: 0.75 } as const;

/** Text similarity (cosine of BM25-weighted vectors) is rarely above 0.6 even for the same deal, so
 *  it is stretched: similarity s maps to min(1, s / TEXT_FULL_AT). */
export const TEXT_FULL_AT = 0.45;

/** Candidate generation: which inverted lists seed the candidates, and how many are scored at most. */
export const CANDIDATES = {
  /** Seed terms: the query's rarest terms, at most this many... */
  maxSeedTerms: 24,
  /** ...of which the rarest few are walked before the sector lists, the rest after. */
  rareSeedTerms: 8,
  /** Terms in more than this share of listings are too common to seed candidates (still scored). */
  maxSeedDfShare: 0.05,
  /** Most complementary listings scored per query; lists are walked most specific first. */
  budget: 4000,
} as const;

/** The share of its score a pair keeps for each requirement written in either text that the other
 *  side fails ("must have a Vietnam plant" against a Shenzhen line): even a near-perfect fit of 0.9
 *  falls under the confidence floor, so region or text credit cannot win it back. */
export const REQUIREMENT_UNMET = 0.2;

/** How many reasons a match carries. */
export const REASONS_PER_MATCH = 3;

/**
 * When a list stops (no padding): a candidate is shown only at or above `floor` AND at or above
 * `ofBest` × the list's best score, and only with topical evidence — a text fit of at least `text`
 * or a sector fit of at least `sector` (the same sector or parent/child; sibling sectors alone are
 * a guess, like a shared category or corridor). On the evaluation set grade-0 pairs average 0.06
 * and grade-1 pairs 0.28; these sizes cut padded lists from 97% to 27% at the same nDCG@10, while
 * a stricter text bar (0.2) starts dropping same-intent pairs written in another language.
 */
export const CONFIDENCE = {
  floor: 0.2,
  ofBest: 0.3,
  text: 0.1,
  sector: 0.7,
} as const;
