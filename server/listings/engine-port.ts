// What listings and matches use of the matching engine (server/matching): index, rank, search,
// and explain in the viewer's language.
import type { MatchingEngine, MatchReason } from '../matching/index.ts';

export type { MatchableListing } from '../matching/index.ts';
export type EngineReason = MatchReason;
export type MatchEnginePort = Pick<MatchingEngine, 'upsert' | 'remove' | 'matchesFor' | 'search' | 'renderReason'>;

/**
 * A port whose engine is built on the first call that needs it: the engine's tables, glossary trie
 * and Chinese converters take tens of MB, which an instance that never lists or matches (a
 * collaboration-only process, a fresh store) should not hold. Removing from an engine that was
 * never built has nothing to remove, so it does not build one.
 */
export function lazyEngine(build: () => MatchEnginePort): MatchEnginePort {
  let engine: MatchEnginePort | undefined;
  const built = () => (engine ??= build());
  return {
    upsert: (listing) => built().upsert(listing),
    remove: (id) => engine?.remove(id) ?? false,
    matchesFor: (id, options) => built().matchesFor(id, options),
    search: (query, options) => built().search(query, options),
    renderReason: (reason, lang, lookup) => built().renderReason(reason, lang, lookup),
  };
}
