// Matches feature: suggested need↔offer pairs, their workflow (interest, decline, snooze,
// introduction), live pushes to both sides, and entries in the activity trail.
export { MatchAlerts } from './match-alerts.ts';
export { MatchNotifier, type MatchChangeListener } from './match-notifier.ts';
export { MatchPresenter } from './match-presenter.ts';
export { MatchRepository, MATCH_INDEXES, suggestedMatch, type MatchRecord } from './match-repository.ts';
export { MatchService } from './match-service.ts';
export { DEFAULT_SUGGESTION_POLICY, MatchSuggester, type SuggestionPolicy } from './match-suggester.ts';
export { listingMatchRoutes, matchRoutes } from './routes.ts';
export { pickLang } from './viewer-lang.ts';
