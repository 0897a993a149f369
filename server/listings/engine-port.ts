// What listings and matches use of the matching engine (server/matching): index, rank, search,
// and explain in the viewer's language.
import type { MatchingEngine, MatchReason } from '../matching/index.ts';

export type { MatchableListing } from '../matching/index.ts';
export type EngineReason = MatchReason;
export type MatchEnginePort = Pick<MatchingEngine, 'upsert' | 'remove' | 'matchesFor' | 'search' | 'renderReason'>;
