// Socket.IO connections end with the session that opened them: each socket joins its session's
// room, is cut at the session's expiry, and ended sessions are cut through the rooms (the Redis
// adapter carries that to every instance).
import type { Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol.ts';
import { atSessionExpiry, type Authenticator, type SessionEnd } from '../auth/index.ts';
import type { Logger } from '../logger.ts';
import type { SocketData } from './socket-data.ts';
import type { AppSocketServer } from './socket-server.ts';

type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export function userRoom(userId: string): string {
  return `user:${userId}`;
}

export function sessionRoom(sessionId: string): string {
  return `session:${sessionId}`;
}

/** Ties a just-connected socket to its session: the session's room, and a cut when it expires. */
export function followSession(socket: AppSocket, authenticator: Authenticator, logger: Logger): void {
  const { sessionId, sessionExpiresAt } = socket.data;
  void socket.join(sessionRoom(sessionId));
  const cancelExpiry = atSessionExpiry(new Date(sessionExpiresAt), () => socket.disconnect(true));
  socket.once('disconnect', cancelExpiry);
  // A session ending between the handshake's check and the join above was cut before this socket
  // was in its room; it is already gone from the store, so one more look finds it.
  authenticator
    .isSessionLive(sessionId)
    .then((live) => {
      if (!live) socket.disconnect(true);
    })
    .catch((error: unknown) => logger.warn({ err: error }, 're-checking a new socket\'s session failed'));
}

/**
 * Disconnects this instance's sockets whose session is gone: after an outage of the link between
 * instances, an end announced meanwhile may never have arrived.
 */
export async function disconnectLapsedSessions(io: AppSocketServer, authenticator: Authenticator): Promise<void> {
  const sessionIds = new Set([...io.of('/').sockets.values()].map((socket) => socket.data.sessionId));
  for (const sessionId of sessionIds) {
    if (!(await authenticator.isSessionLive(sessionId))) io.local.in(sessionRoom(sessionId)).disconnectSockets(true);
  }
}

/** Disconnects every socket of the ended sessions, on every instance. */
export function disconnectEndedSessions(io: AppSocketServer, end: SessionEnd): void {
  switch (end.kind) {
    case 'session':
      io.in(sessionRoom(end.sessionId)).disconnectSockets(true);
      return;
    case 'user': {
      const sockets = io.in(userRoom(end.userId));
      (end.exceptSessionId ? sockets.except(sessionRoom(end.exceptSessionId)) : sockets).disconnectSockets(true);
      return;
    }
  }
}
