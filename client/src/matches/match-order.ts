// Pure rules of the inbox: which tab a match belongs to, the order within it, what counts as
// new to me, and what I may do next.
import { inboxTabOf } from '../../../shared/match-inbox.ts';
import type { MatchInboxTab, MatchView } from '../../../shared/schemas/matches.ts';

export { MATCH_INBOX_TABS as INBOX_TABS, type MatchInboxTab as InboxTab } from '../../../shared/schemas/matches.ts';

export function tabOf(match: Pick<MatchView, 'state'>): MatchInboxTab {
  return inboxTabOf(match.state);
}

/** Newest suggestions first (acting on a card does not move it); the stronger match breaks a tie. */
export function inboxOrder(a: MatchView, b: MatchView): number {
  return b.createdAt.localeCompare(a.createdAt) || b.score - a.score || a.matchId.localeCompare(b.matchId);
}

/**
 * What I have seen of a match: its state and whether the other side is interested. A change in
 * either makes it new again; the other side's snooze or my own click does not.
 */
export function attentionKey(match: Pick<MatchView, 'state' | 'theirInterest'>): string {
  return `${match.state}:${match.theirInterest ? 1 : 0}`;
}

export function isUnseen(match: MatchView, seen: Readonly<Record<string, string>>): boolean {
  return match.state !== 'declined' && seen[match.matchId] !== attentionKey(match);
}

export type NextStep = 'respond' | 'waiting' | 'introduce' | 'introduced' | 'open-room' | 'none';

/** What the inbox offers me for a match: a pair that already has a deal room leads to it. */
export function nextStep(match: Pick<MatchView, 'state' | 'myInterest' | 'dealId'>): NextStep {
  switch (match.state) {
    case 'suggested':
    case 'snoozed':
      return 'respond';
    case 'interested':
      return match.myInterest ? 'waiting' : 'respond';
    case 'mutual':
      return match.dealId ? 'open-room' : 'introduce';
    case 'introduced':
      return match.dealId ? 'open-room' : 'introduced';
    case 'declined':
      return 'none';
  }
}

/** The score in [0, 1] as a whole percentage. */
export function scorePercent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}
