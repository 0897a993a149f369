// Bounds the events one Socket.IO connection may send in a window: past the limit an event is
// answered with `rate_limited` (or dropped when it has no ack), and a connection still sending at
// twice the limit is cut, so one client cannot keep the server busy for everyone else.
import type { Socket } from 'socket.io';
import { ErrorCode, type ClientToServerEvents, type ServerToClientEvents } from '../../shared/protocol.ts';
import type { WarnThrottle } from '../log-throttle.ts';
import type { SocketData } from './socket-data.ts';

export interface EventRateLimit {
  /** Events per connection per window (0 = no limit). */
  eventsPerWindow: number;
  windowMs: number;
}

type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** `warnings` is shared by all connections, so a stream of reconnecting clients is one line per window. */
export function limitEventRate(socket: AppSocket, limit: EventRateLimit, warnings: WarnThrottle): void {
  if (limit.eventsPerWindow === 0) return;
  let windowStart = Date.now();
  let count = 0;
  socket.use((packet, next) => {
    const now = Date.now();
    if (now - windowStart >= limit.windowMs) {
      windowStart = now;
      count = 0;
    }
    count += 1;
    if (count <= limit.eventsPerWindow) return next();
    if (count > 2 * limit.eventsPerWindow) {
      warnings.warn('socket-cut', { userId: socket.data.user.id, event: packet[0] }, 'socket cut: far past its event rate limit');
      socket.disconnect(true);
      return;
    }
    // Not calling next() drops the event; only its ack, if it has one, hears why.
    const ack: unknown = packet[packet.length - 1];
    if (typeof ack === 'function') ack({ error: ErrorCode.RateLimited, message: 'Too many events; slow down and try again shortly' });
  });
}
