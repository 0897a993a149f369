// The one rule for naming the party behind a listing. An anonymous listing's organisation and its
// people are named only to members of that organisation, or to the other side of a match with it
// once that match reached mutual interest. Every read path that could name a party (listing views
// and search, candidate lists, match views and pushes, match trails, notifications) asks here.
import type { MatchSide, MatchState } from './schemas/matches.ts';

/** Match states in which both sides know who the other is. */
export const REVEALING_MATCH_STATES: readonly MatchState[] = ['mutual', 'introduced'];

export function matchRevealsIdentities(state: MatchState): boolean {
  return REVEALING_MATCH_STATES.includes(state);
}

/** Where the viewer stands towards one listing's party. */
export interface Viewpoint {
  /** The viewer belongs to the listing's organisation. */
  member: boolean;
  /** A mutual (or introduced) match between the viewer's side and this listing. */
  revealedByMatch: boolean;
}

/** May the viewer be told which organisation, and which of its people, stand behind the listing? */
export function mayNameParty(listing: { anonymous: boolean }, viewpoint: Viewpoint): boolean {
  return !listing.anonymous || viewpoint.member || viewpoint.revealedByMatch;
}

interface MatchSides {
  state: MatchState;
  needOrgId: string;
  offerOrgId: string;
}

/**
 * May someone acting for `viewerOrgIds` be told who acts for `side` of the match? `listing` is that
 * side's listing; a listing that can no longer be read is treated as anonymous.
 */
export function mayNameSide(match: MatchSides, side: MatchSide, listing: { anonymous: boolean } | undefined, viewerOrgIds: readonly string[]): boolean {
  const orgId = side === 'need' ? match.needOrgId : match.offerOrgId;
  return mayNameParty(listing ?? { anonymous: true }, { member: viewerOrgIds.includes(orgId), revealedByMatch: matchRevealsIdentities(match.state) });
}

/** Hours a masked party's median answer time is rounded up to: a day, three days, a week, a fortnight. */
const MASKED_ANSWER_BANDS = [24, 72, 168, 336];

/**
 * A party's responsiveness as the viewer may see it. Figures may be shown for any party, but for
 * one the viewer may not name they are coarse (the median in bands, the share in tenths), so that
 * matching exact figures across anonymous listings cannot single out the organisation behind them.
 */
export function responsivenessAsSeen<T extends { medianHours: number; expiredShare: number }>(figure: T, named: boolean): T {
  if (named) return figure;
  const band = MASKED_ANSWER_BANDS.find((hours) => figure.medianHours <= hours) ?? MASKED_ANSWER_BANDS[MASKED_ANSWER_BANDS.length - 1];
  return { ...figure, medianHours: band, expiredShare: Math.round(figure.expiredShare * 10) / 10 };
}
