// Live match changes pushed over Socket.IO; one subscription, one cleanup.
import type { MatchView } from '../../../shared/schemas/matches.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { connectListener, listen } from '../lib/socket-listen.ts';

export interface MatchEventHandlers {
  /** A new match for one of my organisations' listings, or a change to one I have. */
  changed(match: MatchView): void;
  /** A match left my inbox (one of its listings was withdrawn or expired). */
  removed(matchId: string): void;
  /** The socket came back after a drop; events may have been missed meanwhile. */
  reconnected(): void;
  /** The socket connected or dropped: whether the inbox is live right now. */
  connection(live: boolean): void;
}

export function subscribeToMatchEvents(socket: RealtimeSocket, handlers: MatchEventHandlers): () => void {
  const onChanged = (match: MatchView) => handlers.changed(match);
  return listen(socket, {
    'match:suggested': onChanged,
    'match:updated': onChanged,
    'match:removed': ({ matchId }) => handlers.removed(matchId),
    connect: connectListener(socket, (afterDrop) => {
      handlers.connection(true);
      if (afterDrop) handlers.reconnected();
    }),
    disconnect: () => handlers.connection(false),
  });
}
