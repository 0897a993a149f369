// Live note changes pushed over Socket.IO; one subscription, one cleanup.
import type { NoteSummary } from '../../../shared/schemas/notes.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { connectListener, listen } from '../lib/socket-listen.ts';

export interface NoteEventHandlers {
  shared(note: NoteSummary): void;
  unshared(id: string): void;
  /** The socket came back after a drop; events may have been missed meanwhile. */
  reconnected(): void;
}

export function subscribeToNoteEvents(socket: RealtimeSocket, handlers: NoteEventHandlers): () => void {
  return listen(socket, {
    'note:shared': (note) => handlers.shared(note),
    'note:unshared': ({ id }) => handlers.unshared(id),
    connect: connectListener(socket, (afterDrop) => afterDrop && handlers.reconnected()),
  });
}
