// The confidence floor: a list ends where the engine stops being sure, instead of being padded to
// its limit with guesses (see CONFIDENCE in weights.ts for the sizes).
import type { ComponentValues } from './scorer.ts';
import { CONFIDENCE } from './weights.ts';

/** The pair is about the same thing: a real text fit, or the same sector (or parent/child). A
 *  shared category, corridor or sibling sector alone never qualifies. */
export function topical(values: ComponentValues): boolean {
  return values.text >= CONFIDENCE.text || values.sector >= CONFIDENCE.sector;
}

/** A score worth showing or notifying anyone about, whatever else is in the list. */
export function aboveConfidenceFloor(score: number): boolean {
  return score >= CONFIDENCE.floor;
}

/** Of a list sorted best first, what clears both the absolute floor and the share of the best score. */
export function confidentPart<T extends { score: number }>(sorted: readonly T[]): T[] {
  const bar = Math.max(CONFIDENCE.floor, CONFIDENCE.ofBest * (sorted[0]?.score ?? 0));
  return sorted.filter((item) => item.score >= bar);
}
