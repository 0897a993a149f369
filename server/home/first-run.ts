// Where a person is in the first run, read from what exists: an organisation they belong to, a
// listing of one of their organisations, and matches they looked at (stored) or acted on.
import { FIRST_RUN_STEPS, type FirstRunView } from '../../shared/schemas/home.ts';
import type { MatchView } from '../../shared/schemas/matches.ts';

export interface FirstRunFacts {
  orgIds: readonly string[];
  listings: number;
  matchesSeen: boolean;
  /** The most recently changed cards of the inbox, and how many cards it holds in all. */
  inbox: readonly MatchView[];
  matches: number;
}

/** A match the person did something with: they said they were interested, declined or introduced. */
function actedOn(match: MatchView): boolean {
  return match.myInterest || match.state === 'introduced' || match.state === 'declined';
}

export function firstRun(facts: FirstRunFacts): FirstRunView {
  const done = {
    org: facts.orgIds.length > 0,
    listing: facts.listings > 0,
    matches: facts.matchesSeen || facts.inbox.some(actedOn),
  };
  return {
    done,
    next: FIRST_RUN_STEPS.find((step) => !done[step]) ?? null,
    orgId: facts.orgIds[0] ?? null,
    matches: facts.matches,
  };
}
