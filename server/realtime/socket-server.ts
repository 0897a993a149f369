// Socket.IO for application events: authenticated at handshake with the same session or token
// as REST, each socket joined to its user's room so every open tab receives that user's events,
// and cut when its session ends.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { ErrorCode, PROTOCOL_VERSION, type ClientToServerEvents, type ServerToClientEvents } from '../../shared/protocol.ts';
import type { Authenticator } from '../auth/index.ts';
import { CLIENT_WARNING_WINDOW_MS, WarnThrottle } from '../log-throttle.ts';
import type { Logger } from '../logger.ts';
import { speaksOurProtocol } from '../protocol-version.ts';
import { limitEventRate, type EventRateLimit } from './event-rate-limit.ts';
import { followSession, userRoom } from './session-sockets.ts';
import type { SocketData } from './socket-data.ts';

export type AppSocketServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

function handshakeToken(auth: Record<string, unknown>): string | undefined {
  return typeof auth.token === 'string' && auth.token.length > 0 ? auth.token : undefined;
}

/** The refusal of a client of another protocol version; Socket.IO sends `data` along with the connect_error. */
class ProtocolMismatchError extends Error {
  readonly data = { code: ErrorCode.ProtocolMismatch, protocol: PROTOCOL_VERSION };

  constructor() {
    super(ErrorCode.ProtocolMismatch);
  }
}

export function createSocketServer(httpServer: HttpServer, authenticator: Authenticator, eventLimit: EventRateLimit, logger: Logger): AppSocketServer {
  const io: AppSocketServer = new Server(httpServer, {
    // The collaboration endpoint shares this HTTP server; Socket.IO must leave its upgrades alone.
    destroyUpgrade: false,
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
  });

  // Before authentication: a stale page is told to reload whatever its session.
  io.use((socket, next) => next(speaksOurProtocol(socket.handshake.auth.protocol) ? undefined : new ProtocolMismatchError()));
  io.use(async (socket, next) => {
    try {
      const token = handshakeToken(socket.handshake.auth);
      const auth = await authenticator.authenticateRequest(
        socket.request.headers,
        token ? { token, source: 'handshake' } : undefined,
      );
      if (!auth) return next(new Error(ErrorCode.Unauthenticated));
      socket.data.user = auth.user;
      socket.data.sessionId = auth.sessionId;
      socket.data.sessionExpiresAt = auth.sessionExpiresAt.getTime();
      next();
    } catch (error) {
      logger.error({ err: error }, 'socket handshake failed');
      next(new Error(ErrorCode.Internal));
    }
  });

  const clientWarnings = new WarnThrottle(logger, { windowMs: CLIENT_WARNING_WINDOW_MS });
  // What is still counted is logged when the server stops, not lost.
  httpServer.once('close', () => clientWarnings.close());
  io.on('connection', (socket) => {
    limitEventRate(socket, eventLimit, clientWarnings);
    void socket.join(userRoom(socket.data.user.id));
    followSession(socket, authenticator, logger);
    socket.on('session:whoami', (ack) => {
      if (typeof ack === 'function') ack({ data: socket.data.user });
    });
  });

  return io;
}
