// Live note changes pushed over Socket.IO; one subscription, one cleanup.
import type { NoteSummary } from '../../../shared/protocol.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';

export interface NoteEventHandlers {
  shared(note: NoteSummary): void;
  unshared(id: string): void;
  /** The socket came back after a drop; events may have been missed meanwhile. */
  reconnected(): void;
}

export function subscribeToNoteEvents(socket: RealtimeSocket, handlers: NoteEventHandlers): () => void {
  const onShared = (note: NoteSummary) => handlers.shared(note);
  const onUnshared = ({ id }: { id: string }) => handlers.unshared(id);
  let connectedBefore = socket.connected;
  const onConnect = () => {
    if (connectedBefore) handlers.reconnected();
    connectedBefore = true;
  };
  socket.on('note:shared', onShared);
  socket.on('note:unshared', onUnshared);
  socket.on('connect', onConnect);
  return () => {
    socket.off('note:shared', onShared);
    socket.off('note:unshared', onUnshared);
    socket.off('connect', onConnect);
  };
}
