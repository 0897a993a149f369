// The step between the engine's ranking and what anyone is shown or sent: pairs an exclusion
// list forbids and pairs either side declined never come back (whatever is edited or re-indexed),
// and the rest are re-ranked by what the two organisations did before (ranking-adjustments.ts).
import type { MatchSide } from '../../shared/schemas/matches.ts';
import type { ListingRecord, ListingRepository } from '../listings/index.ts';
import { pairExcluded } from './exclusion-policy.ts';
import type { ExclusionRepository } from './exclusion-repository.ts';
import type { InterestLedger, AnswerHistory } from './interest-ledger.ts';
import type { MatchRecord, MatchRepository } from './match-repository.ts';
import { adjusted, similarDeclines, type ListingTraits, type Penalties, type Ranked } from './ranking-adjustments.ts';
import { isUnresponsive } from './responsiveness.ts';

export interface ScreenedCandidate extends Ranked {
  other: ListingRecord;
}

interface Signals {
  /** Listings each organisation declined as not relevant. */
  declinedBy: Map<string, ListingTraits[]>;
  histories: Map<string, AnswerHistory>;
}

export class CandidateScreen {
  constructor(
    private readonly deps: {
      exclusions: ExclusionRepository;
      matches: MatchRepository;
      listings: ListingRepository;
      ledger: InterestLedger;
    },
  ) {}

  /** The candidates for `listing` that may be matched with it, re-ranked, best first. */
  async screen(listing: ListingRecord, candidates: readonly ScreenedCandidate[]): Promise<ScreenedCandidate[]> {
    if (candidates.length === 0) return [];
    const orgIds = [listing.orgId, ...candidates.map(({ other }) => other.orgId)];
    const [entries, declinedPairs, signals] = await Promise.all([
      this.deps.exclusions.bearingOn(orgIds),
      this.declinedPartners(listing._id),
      this.signalsFor(orgIds),
    ]);
    const party = (of: ListingRecord) => ({ orgId: of.orgId, sectors: of.sectors });
    return candidates
      .filter(({ other }) => !declinedPairs.has(other._id) && !pairExcluded(entries, party(listing), party(other)))
      .map((candidate) => ({ ...candidate, ...adjusted(candidate, this.penalties(listing, candidate.other, signals)) }))
      .sort((a, b) => b.score - a.score);
  }

  private penalties(listing: ListingRecord, other: ListingRecord, signals: Signals): Penalties {
    const sides: [ListingRecord, ListingRecord][] = [
      [listing, other],
      [other, listing],
    ];
    return {
      declinedSimilar: sides.map(([own, theirs]) => ({ by: own.kind as MatchSide, count: similarDeclines(theirs, signals.declinedBy.get(own.orgId) ?? []) })),
      unresponsive: sides.filter(([own]) => isUnresponsive(signals.histories.get(own.orgId))).map(([own]) => own.kind),
    };
  }

  /** The listings this one was ever declined with, by either side. */
  private async declinedPartners(listingId: string): Promise<Set<string>> {
    const declined = (await this.deps.matches.forListing(listingId)).filter((match) => match.state === 'declined');
    return new Set(declined.map((match) => (match.needListingId === listingId ? match.offerListingId : match.needListingId)));
  }

  private async signalsFor(orgIds: readonly string[]): Promise<Signals> {
    const [declines, histories] = await Promise.all([this.deps.matches.declinedAsNotRelevantBy(orgIds), this.deps.ledger.historiesOf(orgIds)]);
    const declinedListingOf = (match: MatchRecord) => (match.declinedBy === 'need' ? match.offerListingId : match.needListingId);
    const listings = await this.deps.listings.findMany(declines.map(declinedListingOf));
    const declinedBy = new Map<string, ListingTraits[]>();
    for (const match of declines) {
      const declined = listings.get(declinedListingOf(match));
      const decliner = match.declinedBy === 'need' ? match.needOrgId : match.offerOrgId;
      if (declined) declinedBy.set(decliner, [...(declinedBy.get(decliner) ?? []), declined]);
    }
    return { declinedBy, histories };
  }
}
