// How a match is shown to one side: their own listing, the other side's listing (a teaser while
// the shared anonymity rule masks it: anonymous and the match not yet mutual), the state as that
// side sees it, and the reasons rendered in the viewer's language.
import { mayNameParty, matchRevealsIdentities, responsivenessAsSeen } from '../../shared/anonymity.ts';
import type { ResponsivenessView } from '../../shared/schemas/match-trust.ts';
import type { ListingMatch, MatchReasonView, MatchSide, MatchView, MatchViewState } from '../../shared/schemas/matches.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import { toListingView, type EngineReason, type ListingRecord, type ListingRepository, type MatchEnginePort } from '../listings/index.ts';
import type { OrgRecord, OrgRepository } from '../orgs/index.ts';
import type { AnswerHistory } from './interest-ledger.ts';
import type { MatchRecord } from './match-repository.ts';
import { responsivenessOf } from './responsiveness.ts';

export interface MatchContext {
  listings: Map<string, ListingRecord>;
  orgs: Map<string, OrgRecord>;
  /** The deal room each match opened, by match id. */
  dealIds: Map<string, string>;
  /** Answer histories of the listings' organisations. */
  histories: Map<string, AnswerHistory>;
}

/** Answer histories by organisation (the interest ledger answers). */
export type HistoriesOf = (orgIds: readonly string[]) => Promise<Map<string, AnswerHistory>>;

/** Which deal rooms these matches opened (the deals feature answers; matches cannot import it). */
export type DealIdsForMatches = (matchIds: readonly string[]) => Promise<Map<string, string>>;

/** Which side a viewer acts for: the organisation they named, else the need side, else the offer side. */
export function sideOf(match: MatchRecord, viewerOrgIds: readonly string[], preferredOrgId?: string): MatchSide | null {
  const sides: MatchSide[] = ['need', 'offer'];
  const orgOf = (side: MatchSide) => (side === 'need' ? match.needOrgId : match.offerOrgId);
  const eligible = sides.filter((side) => viewerOrgIds.includes(orgOf(side)));
  if (preferredOrgId !== undefined) return eligible.find((side) => orgOf(side) === preferredOrgId) ?? null;
  return eligible[0] ?? null;
}

export function viewStateOf(match: MatchRecord, side: MatchSide, now: Date): MatchViewState {
  const until = match.snoozedUntil[side];
  const snoozable = match.state === 'suggested' || match.state === 'interested';
  if (snoozable && until && new Date(until).getTime() > now.getTime()) return 'snoozed';
  return match.state;
}

const otherSide = (side: MatchSide): MatchSide => (side === 'need' ? 'offer' : 'need');
const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export class MatchPresenter {
  constructor(
    private readonly listings: ListingRepository,
    private readonly orgs: OrgRepository,
    private readonly engine: Pick<MatchEnginePort, 'renderReason'>,
    private readonly dealIdsFor: DealIdsForMatches = () => Promise.resolve(new Map()),
    private readonly historiesOf: HistoriesOf = () => Promise.resolve(new Map()),
  ) {}

  async load(matches: readonly MatchRecord[]): Promise<MatchContext> {
    const [listings, dealIds, histories] = await Promise.all([
      this.listings.findMany(matches.flatMap((match) => [match.needListingId, match.offerListingId])),
      this.dealIdsFor(matches.map((match) => match._id)),
      this.historiesOf(matches.flatMap((match) => [match.needOrgId, match.offerOrgId])),
    ]);
    const orgs = await this.orgs.findMany([...listings.values()].map((listing) => listing.orgId));
    return { listings, orgs, dealIds, histories };
  }

  /** Answer histories for candidates that have no stored match in a context. */
  histories(orgIds: readonly string[]): Promise<Map<string, AnswerHistory>> {
    return this.historiesOf(orgIds);
  }

  /** The match as `side` sees it; null when one of its listings no longer exists. */
  view(match: MatchRecord, side: MatchSide, context: MatchContext, viewerOrgIds: readonly string[], lang: Lang, now: Date): MatchView | null {
    const listingIdOf = (which: MatchSide) => (which === 'need' ? match.needListingId : match.offerListingId);
    const mine = context.listings.get(listingIdOf(side));
    const theirs = context.listings.get(listingIdOf(otherSide(side)));
    if (!mine || !theirs) return null;
    const show = (listing: ListingRecord, revealed: boolean) =>
      toListingView(listing, context.orgs.get(listing.orgId), { mine: viewerOrgIds.includes(listing.orgId), revealed }, now);
    return {
      matchId: match._id,
      state: viewStateOf(match, side, now),
      score: match.score,
      reasons: this.renderReasons(match.reasons, lang, side),
      side,
      mine: show(mine, true),
      listing: show(theirs, matchRevealsIdentities(match.state)),
      myInterest: match.interest[side],
      theirInterest: match.interest[otherSide(side)],
      snoozedUntil: iso(match.snoozedUntil[side]),
      declineReason: match.state === 'declined' && match.declinedBy === side ? (match.declineReason ?? null) : null,
      theirResponsiveness: responsivenessShown(theirs, context.histories, viewerOrgIds, matchRevealsIdentities(match.state)),
      introducedAt: iso(match.introducedAt),
      dealId: context.dealIds.get(match._id) ?? null,
      createdAt: new Date(match.createdAt).toISOString(),
      updatedAt: new Date(match.updatedAt).toISOString(),
    };
  }

  /** One ranked candidate of a listing, with the stored match when the viewer's side has one. */
  candidate(
    other: ListingRecord,
    org: OrgRecord | undefined,
    found: { score: number; reasons: EngineReason[] },
    stored: { match: MatchRecord; side: MatchSide } | null,
    viewer: { orgIds: readonly string[]; histories: Map<string, AnswerHistory> },
    lang: Lang,
    now: Date,
  ): ListingMatch {
    const revealed = stored ? matchRevealsIdentities(stored.match.state) : false;
    const result: ListingMatch = {
      listing: toListingView(other, org, { mine: viewer.orgIds.includes(other.orgId), revealed }, now),
      score: found.score,
      reasons: this.renderReasons(found.reasons, lang, otherSide(other.kind)),
      state: stored ? viewStateOf(stored.match, stored.side, now) : 'suggested',
      theirResponsiveness: responsivenessShown(other, viewer.histories, viewer.orgIds, revealed),
    };
    if (stored) result.matchId = stored.match._id;
    return result;
  }

  /** The reasons `side` may read: "you declined similar" only to the side that declined, "lets interest expire" only about the other side. */
  renderReasons(reasons: readonly EngineReason[], lang: Lang, side: MatchSide): MatchReasonView[] {
    return reasons.filter((reason) => readableBy(reason, side)).map((reason) => ({ code: reason.code, text: this.engine.renderReason(reason, lang) }));
  }
}

function readableBy(reason: EngineReason, side: MatchSide): boolean {
  const { params } = reason;
  if (params.code === 'declined-similar') return params.by === side;
  if (params.code === 'unresponsive') return params.side !== side;
  return true;
}

/** The other side's responsiveness, coarse while the anonymity rule would not name it. */
function responsivenessShown(theirs: ListingRecord, histories: Map<string, AnswerHistory>, viewerOrgIds: readonly string[], revealedByMatch: boolean): ResponsivenessView | null {
  const figure = responsivenessOf(histories.get(theirs.orgId));
  if (!figure) return null;
  return responsivenessAsSeen(figure, mayNameParty(theirs, { member: viewerOrgIds.includes(theirs.orgId), revealedByMatch }));
}
