// The matching engine's public types: what it indexes, what it returns, and how reasons are shaped.
import type { Lang } from '../../shared/taxonomy/index.ts';
import type { Requirement } from './text/constraints.ts';

export type { Lang } from '../../shared/taxonomy/index.ts';
export type ListingKind = 'need' | 'offer';

/** A listing as the engine sees it; the API maps stored listings (and their organisation) to this. */
export interface MatchableListing {
  id: string;
  orgId: string;
  kind: ListingKind;
  category: string;
  title: string;
  description: string;
  /** Sector codes from the taxonomy. */
  sectors: string[];
  /** Region codes: for a need, where it wants to go or find partners; for an offer, where it serves. */
  regions: string[];
  /** The organisation's home region code. */
  orgRegion: string;
  dealSize?: string;
  stage?: string;
  languages: Lang[];
  /** For a need: certifications it asks of the other side. For an offer: ones the offer itself carries. */
  certifications: string[];
  /** Certifications the listing's organisation holds. */
  orgCertifications: string[];
  active: boolean;
}

export type ReasonCode = 'sector' | 'corridor' | 'size' | 'stage' | 'language' | 'certification' | 'text' | 'category' | 'requirement' | 'declined-similar' | 'unresponsive';

/** A shared term behind a text reason: a glossary concept (shown in the viewer's language) or a word. */
export type SharedTerm = { concept: string } | { word: string };

export type ReasonParams =
  | { code: 'sector'; sector: string; relation: 'same' | 'parent' | 'child' | 'sibling'; other: string }
  | { code: 'corridor'; from: string; to: string; via: string; relation: 'inside' | 'covers' | 'neighbour' | 'bay-area' | 'block' }
  | { code: 'size' | 'stage'; band: string; other: string; relation: 'same' | 'adjacent' }
  // Languages no longer score (the platform bridges them); reasons stored before that still render.
  | { code: 'language'; languages: Lang[]; /** 繁體 on one side, 简体 on the other. */ crossScript: boolean }
  | { code: 'certification'; held: string[]; requested: number }
  | { code: 'text'; terms: SharedTerm[] }
  | { code: 'category'; need: string; offer: string }
  /** A requirement the query listing's text states, and whether the candidate meets it. */
  | { code: 'requirement'; met: boolean; requirement: Requirement }
  // Added by the matches feature on top of the engine's ranking (server/matches/ranking-adjustments.ts):
  // the side that declined `count` similar matches as not relevant, and the side that lets most interest expire.
  | { code: 'declined-similar'; by: ListingKind; count: number }
  | { code: 'unresponsive'; side: ListingKind };

/** Why two listings match: a component, its share of the score, and what to say about it. */
export interface MatchReason {
  code: ReasonCode;
  /** This component's contribution to the score (the contributions add up to the score). */
  weight: number;
  params: ReasonParams;
}

export interface ScoredMatch {
  listingId: string;
  /** In [0, 1]. */
  score: number;
  /** The strongest reasons first, at most three. */
  reasons: MatchReason[];
}

export interface MatchOptions {
  limit: number;
  minScore?: number;
}

export interface SearchOptions {
  kind?: ListingKind;
  /** Keep listings in any of these sectors or their sub-sectors. */
  sectors?: string[];
  /** Keep listings whose regions or home region lie in any of these regions. */
  regions?: string[];
  category?: string;
  limit: number;
}

export interface SearchHit {
  listingId: string;
  /** In [0, 1]; 0 when the query had no searchable terms and only filters applied. */
  score: number;
}

/** Labels for codes in reasons: taxonomy entries and glossary concepts. */
export type TaxonomyLookup = (
  table: 'sector' | 'region' | 'dealSize' | 'stage' | 'categoryNeed' | 'categoryOffer' | 'concept',
  code: string,
  lang: Lang,
) => string | undefined;
