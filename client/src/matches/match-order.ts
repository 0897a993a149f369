// Pure rules of the inbox: which tab a match belongs to, the order within it, what counts as
// new to me, and what I may do next.
import type { MatchView } from '../../../shared/schemas/matches.ts';

export const INBOX_TABS = ['active', 'snoozed', 'declined'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

export function tabOf(match: Pick<MatchView, 'state'>): InboxTab {
  switch (match.state) {
    case 'snoozed':
      return 'snoozed';
    case 'declined':
      return 'declined';
    case 'suggested':
    case 'interested':
    case 'mutual':
    case 'introduced':
      return 'active';
  }
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

export type NextStep = 'respond' | 'waiting' | 'introduce' | 'introduced' | 'none';

/** What the inbox offers me for a match. */
export function nextStep(match: Pick<MatchView, 'state' | 'myInterest'>): NextStep {
  switch (match.state) {
    case 'suggested':
    case 'snoozed':
      return 'respond';
    case 'interested':
      return match.myInterest ? 'waiting' : 'respond';
    case 'mutual':
      return 'introduce';
    case 'introduced':
      return 'introduced';
    case 'declined':
      return 'none';
  }
}

/** The score in [0, 1] as a whole percentage. */
export function scorePercent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}
