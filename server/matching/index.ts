// server/matching owns the matching engine: listings in, ranked complementary matches with reasons
// out, plus marketplace search; pure and in memory (the API keeps it in step with the store).
export { MatchingEngine } from './engine.ts';
export { renderReason } from './render-reason.ts';
export { taxonomyIndex } from './taxonomy-index.ts';
export { normalise } from './text/normalise.ts';
export { toUnits, type Unit } from './text/units.ts';
export { defaultTaxonomyLookup } from './taxonomy-lookup.ts';
export { COMPONENT_WEIGHTS, CONFIDENCE } from './weights.ts';
export { aboveConfidenceFloor } from './confidence.ts';
export type {
  Lang,
  ListingKind,
  MatchableListing,
  MatchOptions,
  MatchReason,
  ReasonCode,
  ReasonParams,
  ScoredMatch,
  SearchHit,
  SearchOptions,
  SharedTerm,
  TaxonomyLookup,
} from './types.ts';
