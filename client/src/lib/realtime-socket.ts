// The Socket.IO connection for application events, typed by the shared protocol.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/protocol.ts';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Same origin, so the session cookie authenticates the handshake. `lang` is read at every
 * (re)connection: the server renders pushed match reasons in the language of the handshake.
 */
export function connectRealtime(lang?: () => string): RealtimeSocket {
  return io({ withCredentials: true, auth: (send) => send(lang ? { lang: lang() } : {}) });
}
