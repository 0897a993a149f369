// Requirements written in one listing's text, applied to the other: a counterpart that fails one
// keeps a small share of its score (usually below the floor), and the outcome becomes a reason.
import type { IndexedListing } from './indexed-listing.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';
import type { Requirement } from './text/constraints.ts';
import type { MatchReason } from './types.ts';
import { REQUIREMENT_UNMET } from './weights.ts';

export interface RequirementOutcome {
  requirement: Requirement;
  met: boolean;
}

function within(taxonomy: TaxonomyIndex, code: string, area: string): boolean {
  return code === area || taxonomy.regionWithin(code, area);
}

/** Does `other` meet `requirement`? Places: where it is based, works, or says it is. */
function meets(requirement: Requirement, other: IndexedListing, taxonomy: TaxonomyIndex): boolean {
  if ('kind' in requirement) return other.traits.kinds.includes(requirement.kind) === (requirement.rule === 'include');
  const { place } = requirement;
  const { orgRegion, regions } = other.listing;
  const declared = [orgRegion, ...regions].filter((code) => taxonomy.regions.indexOf(code) >= 0);
  if (requirement.rule === 'include') return [...declared, ...other.traits.places].some((code) => within(taxonomy, code, place));
  const inside = declared.filter((code) => within(taxonomy, code, place));
  if (requirement.only) return declared.length === 0 || inside.length < declared.length;
  return !within(taxonomy, orgRegion, place) && (declared.length === 0 || inside.length < declared.length);
}

/** How `listing`'s requirements fare against `other`. */
export function outcomes(listing: IndexedListing, other: IndexedListing, taxonomy: TaxonomyIndex): RequirementOutcome[] {
  return listing.traits.requirements.map((requirement) => ({ requirement, met: meets(requirement, other, taxonomy) }));
}

/** The share of its score a pair keeps: each unmet requirement, on either side, costs the same. */
export function requirementFactor(a: IndexedListing, b: IndexedListing, taxonomy: TaxonomyIndex): number {
  if (a.traits.requirements.length === 0 && b.traits.requirements.length === 0) return 1;
  const unmet = [...outcomes(a, b, taxonomy), ...outcomes(b, a, taxonomy)].filter((outcome) => !outcome.met).length;
  return REQUIREMENT_UNMET ** unmet;
}

/** Reasons for the query listing's own requirements: met ones, and unmet ones with what they cost. */
export function requirementReasons(query: IndexedListing, other: IndexedListing, taxonomy: TaxonomyIndex, score: number): MatchReason[] {
  const unmetCost = Math.round((score / REQUIREMENT_UNMET - score) * 1000) / 1000;
  return outcomes(query, other, taxonomy).map(({ requirement, met }) => ({
    code: 'requirement',
    weight: met ? 0 : -unmetCost,
    params: { code: 'requirement', met, requirement },
  }));
}
