// Matches feature: suggested need↔offer pairs, their workflow (interest, decline with a reason,
// snooze, introduction), live pushes to both sides, entries in the activity trail, and the trust
// around the ranking: exclusion lists, declined pairs kept apart, re-ranking by past declines and
// responsiveness, weekly outreach limits, reminders and expiry of unanswered interest.
export { CandidateScreen } from './candidate-screen.ts';
export { EXCLUSION_INDEXES, ExclusionRepository } from './exclusion-repository.ts';
export { ExclusionService } from './exclusion-service.ts';
export { INTEREST_ASK_INDEXES, InterestLedger } from './interest-ledger.ts';
export { DEFAULT_INTEREST_TIMING, InterestSweep, type InterestTiming } from './interest-sweep.ts';
export { InterestTracker } from './interest-tracker.ts';
export { MatchAlerts } from './match-alerts.ts';
export { MatchNotifier, type MatchChangeListener } from './match-notifier.ts';
export { MatchPresenter } from './match-presenter.ts';
export { MatchRepository, MATCH_INDEXES, suggestedMatch, type MatchRecord } from './match-repository.ts';
export { MatchService } from './match-service.ts';
export { DEFAULT_NEWCOMER_RULE, NewcomerFloor, type NewcomerRule } from './newcomer-floor.ts';
export { DEFAULT_SUGGESTION_POLICY, MatchSuggester, type SuggestionPolicy } from './match-suggester.ts';
export { DEFAULT_INTEREST_PER_WEEK, OutreachLimits } from './outreach-limit.ts';
export { listingMatchRoutes, matchRoutes } from './routes.ts';
export { exclusionRoutes, outreachLimitRoutes } from './trust-routes.ts';
export { pickLang } from './viewer-lang.ts';
