// Live match changes pushed over Socket.IO; one subscription, one cleanup.
import type { MatchView } from '../../../shared/protocol.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';

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
  const onRemoved = ({ matchId }: { matchId: string }) => handlers.removed(matchId);
  let connectedBefore = socket.connected;
  const onConnect = () => {
    handlers.connection(true);
    if (connectedBefore) handlers.reconnected();
    connectedBefore = true;
  };
  const onDisconnect = () => handlers.connection(false);
  socket.on('match:suggested', onChanged);
  socket.on('match:updated', onChanged);
  socket.on('match:removed', onRemoved);
  socket.on('connect', onConnect);
  socket.on('disconnect', onDisconnect);
  return () => {
    socket.off('match:suggested', onChanged);
    socket.off('match:updated', onChanged);
    socket.off('match:removed', onRemoved);
    socket.off('connect', onConnect);
    socket.off('disconnect', onDisconnect);
  };
}
