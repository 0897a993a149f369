// Which tab of the inbox a match belongs to, the same on the server (the `tab` filter) and in the client.
import type { MatchInboxTab, MatchViewState } from './schemas/matches.ts';

export function inboxTabOf(state: MatchViewState): MatchInboxTab {
  switch (state) {
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
