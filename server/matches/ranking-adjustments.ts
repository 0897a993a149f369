// Adjustments the matches feature makes to the engine's ranking from what organisations did:
// candidates like those an organisation declined as "not relevant" rank lower for it, and an
// organisation that lets most interest expire ranks lower for everyone. Each adjustment lowers
// the score by a factor and says so in the reasons (server/matching/render-reason.ts words them).
import type { MatchSide } from '../../shared/schemas/matches.ts';
import type { EngineReason } from '../listings/index.ts';
import { taxonomyIndex } from '../matching/index.ts';

/** Each similar decline keeps this share of the score, up to MAX_DECLINES_COUNTED of them. */
export const DECLINED_SIMILAR_FACTOR = 0.9;
export const MAX_DECLINES_COUNTED = 5;
/** An organisation that lets most interest expire keeps this share of the score. */
export const UNRESPONSIVE_FACTOR = 0.8;

export interface Ranked {
  score: number;
  reasons: EngineReason[];
}

/** The parts of a listing that make two listings "alike" for a decliner. */
export interface ListingTraits {
  orgId: string;
  kind: MatchSide;
  category: string;
  sectors: readonly string[];
}

export interface Penalties {
  /** Per side, how many similar matches that side declined as not relevant. */
  declinedSimilar: { by: MatchSide; count: number }[];
  /** Sides whose organisation lets most interest expire. */
  unresponsive: MatchSide[];
}

const related = (a: string, b: string) => a === b || taxonomyIndex().sectorWithin(a, b) || taxonomyIndex().sectorWithin(b, a);

/** Alike: the same organisation's listing of the same kind, or the same kind and category in a related sector. */
export function alike(candidate: ListingTraits, declined: ListingTraits): boolean {
  if (candidate.kind !== declined.kind) return false;
  if (candidate.orgId === declined.orgId) return true;
  return candidate.category === declined.category && candidate.sectors.some((sector) => declined.sectors.some((other) => related(sector, other)));
}

export function similarDeclines(candidate: ListingTraits, declined: readonly ListingTraits[]): number {
  return declined.filter((listing) => alike(candidate, listing)).length;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The score and reasons after the penalties; reasons keep the engine's first, the adjustments last. */
export function adjusted(ranked: Ranked, penalties: Penalties): Ranked {
  let score = ranked.score;
  const reasons = [...ranked.reasons];
  for (const { by, count } of penalties.declinedSimilar) {
    if (count === 0) continue;
    const before = score;
    score *= DECLINED_SIMILAR_FACTOR ** Math.min(count, MAX_DECLINES_COUNTED);
    reasons.push({ code: 'declined-similar', weight: round(score - before), params: { code: 'declined-similar', by, count } });
  }
  for (const side of penalties.unresponsive) {
    const before = score;
    score *= UNRESPONSIVE_FACTOR;
    reasons.push({ code: 'unresponsive', weight: round(score - before), params: { code: 'unresponsive', side } });
  }
  return { score: round(score), reasons };
}
