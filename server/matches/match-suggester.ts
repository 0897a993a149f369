// Incremental matching: when a listing is published or edited, ask the engine for its best
// complements, store each new need↔offer pair as a suggested match and push it to both sides;
// when a listing is withdrawn or expires, take its open matches out of both sides' inboxes.
// A new organisation's weaker matches are notified to its own side only (newcomer-floor.ts).
// The candidate screen stands between the engine and the store: excluded and declined pairs are
// never stored again, and the rest are re-ranked by what both organisations did before.
import { systemClock, type Clock } from '../clock.ts';
import { isLive, type ListingHooks, type ListingRecord, type ListingRepository, type MatchEnginePort } from '../listings/index.ts';
import type { Logger } from '../logger.ts';
import { DuplicateKeyError } from '../store/index.ts';
import type { CandidateScreen, ScreenedCandidate } from './candidate-screen.ts';
import type { MatchAlerts } from './match-alerts.ts';
import type { MatchNotifier } from './match-notifier.ts';
import type { NewcomerFloor } from './newcomer-floor.ts';
import { suggestedMatch, type MatchRecord, type MatchRepository } from './match-repository.ts';

export interface SuggestionPolicy {
  /** Candidates per listing stored as suggestions. */
  topK: number;
  /** Lowest engine score stored as a suggestion. */
  minScore: number;
}

export const DEFAULT_SUGGESTION_POLICY: SuggestionPolicy = { topK: 20, minScore: 0.35 };

/** Extra candidates asked of the engine to make up for ones the store no longer considers live. */
const OVERFETCH = 10;

export class MatchSuggester implements ListingHooks {
  constructor(
    private readonly deps: {
      engine: Pick<MatchEnginePort, 'matchesFor'>;
      listings: ListingRepository;
      matches: MatchRepository;
      notifier: MatchNotifier;
      /** Stores a notification of each new suggestion for both sides. */
      alerts: MatchAlerts;
      /** How strong a new organisation's matches must be to be told to the other side. */
      newcomers: NewcomerFloor;
      screen: CandidateScreen;
      policy: SuggestionPolicy;
      logger: Logger;
      /** When new suggestions are dated (default: the system clock). */
      clock?: Clock;
    },
  ) {}

  async saved(listing: ListingRecord, previous: ListingRecord | null): Promise<void> {
    try {
      const candidates = await this.candidatesFor(listing);
      const fresh: MatchRecord[] = [];
      for (const candidate of candidates) {
        const match = await this.store(listing, candidate);
        if (match) fresh.push(match);
      }
      if (previous && (previous.kind !== listing.kind || previous.category !== listing.category)) {
        await this.dropStale(listing, new Set(candidates.map(({ other }) => other._id)));
      }
      await this.deps.notifier.push('match:suggested', fresh);
      const floor = await this.deps.newcomers.floorFor(listing);
      await this.deps.alerts.suggested(fresh.filter((match) => match.score >= floor));
      await this.deps.alerts.suggested(fresh.filter((match) => match.score < floor), [listing.kind]);
    } catch (error) {
      this.deps.logger.error({ err: error, listingId: listing._id }, 'suggesting matches failed');
    }
  }

  async retired(listing: ListingRecord): Promise<void> {
    try {
      for (const match of await this.deps.matches.forListing(listing._id)) {
        if (match.hidden || match.state === 'introduced') continue;
        await this.deps.matches.hide(match._id);
        await this.deps.notifier.removed(match);
      }
    } catch (error) {
      this.deps.logger.error({ err: error, listingId: listing._id }, 'retiring matches failed');
    }
  }

  private now(): Date {
    return (this.deps.clock ?? systemClock)();
  }

  private async candidatesFor(listing: ListingRecord): Promise<ScreenedCandidate[]> {
    const { topK, minScore } = this.deps.policy;
    const found = this.deps.engine.matchesFor(listing._id, { limit: topK + OVERFETCH, minScore });
    const others = await this.deps.listings.findMany(found.map((match) => match.listingId));
    const now = this.now();
    const complements = found.flatMap(({ listingId, score, reasons }) => {
      const other = others.get(listingId);
      const complement = other && isLive(other, now) && other.orgId !== listing.orgId && other.kind !== listing.kind;
      return complement ? [{ other, score, reasons }] : [];
    });
    const screened = await this.deps.screen.screen(listing, complements);
    return screened.filter(({ score }) => score >= minScore).slice(0, topK);
  }

  /** Stores the pair; returns the match when it is new to inboxes (created, or back after hiding). */
  private async store(listing: ListingRecord, { other, score, reasons }: ScreenedCandidate): Promise<MatchRecord | null> {
    const [need, offer] = listing.kind === 'need' ? [listing, other] : [other, listing];
    const existing = await this.deps.matches.findByPair(need._id, offer._id);
    if (existing) {
      await this.deps.matches.refresh(existing._id, score, reasons);
      return existing.hidden ? { ...existing, score, reasons, hidden: false } : null;
    }
    const match = suggestedMatch({ needListingId: need._id, offerListingId: offer._id, needOrgId: need.orgId, offerOrgId: offer.orgId, score, reasons }, this.now());
    try {
      await this.deps.matches.insert(match);
      return match;
    } catch (error) {
      // Both listings of a pair saved at once each find the other; the first insert wins and
      // pushes, the second finds the record and leaves it alone.
      if (error instanceof DuplicateKeyError) return null;
      throw error;
    }
  }

  // After a change of kind or category, untouched suggestions the engine no longer proposes are
  // stale, and pairs where this listing now sits on the wrong side are meaningless.
  private async dropStale(listing: ListingRecord, current: Set<string>): Promise<void> {
    for (const match of await this.deps.matches.forListing(listing._id)) {
      if (match.hidden || match.state === 'introduced') continue;
      const otherId = match.needListingId === listing._id ? match.offerListingId : match.needListingId;
      const wrongSide = (match.needListingId === listing._id) !== (listing.kind === 'need');
      const untouched = match.state === 'suggested' && !match.interest.need && !match.interest.offer;
      if (wrongSide || (untouched && !current.has(otherId))) {
        await this.deps.matches.hide(match._id);
        await this.deps.notifier.removed(match);
      }
    }
  }
}
