// The Socket.IO connection for application events, typed by the shared protocol.
import { io, type Socket } from 'socket.io-client';
import { ErrorCode, PROTOCOL_VERSION, type ClientToServerEvents, type ServerToClientEvents } from '../../../shared/protocol.ts';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Same origin, so the session cookie authenticates the handshake. `lang` is read at every
 * (re)connection: the server renders pushed match reasons in the language of the handshake.
 * `protocol` lets the server refuse this page once a newer build is deployed (see isProtocolMismatch).
 */
export function connectRealtime(lang?: () => string): RealtimeSocket {
  return io({ withCredentials: true, auth: (send) => send(lang ? { protocol: PROTOCOL_VERSION, lang: lang() } : { protocol: PROTOCOL_VERSION }) });
}

/** Whether a connect_error is the server refusing this page's protocol version: it must be reloaded. */
export function isProtocolMismatch(error: Error): boolean {
  // Socket.IO puts what the server's middleware attached to its refusal on `data`.
  const data: unknown = 'data' in error ? error.data : undefined;
  return typeof data === 'object' && data !== null && 'code' in data && data.code === ErrorCode.ProtocolMismatch;
}
