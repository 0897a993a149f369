// Finds the sockets in some rooms across every instance, falling back to this instance's own when
// the cluster does not answer in time.
import type { RemoteSocket } from 'socket.io';
import type { ServerToClientEvents } from '../../shared/protocol.ts';
import type { Logger } from '../logger.ts';
import { TIMED_OUT, within } from '../time-limit.ts';
import type { SocketData } from './socket-data.ts';
import type { AppSocketServer } from './socket-server.ts';

export type AppRemoteSocket = RemoteSocket<ServerToClientEvents, SocketData>;

/** How long a cluster-wide lookup may take before only local sockets are used. */
export const CLUSTER_LOOKUP_TIMEOUT_MS = 1_000;

/**
 * With the Redis adapter the lookup asks Redis first, and while Redis is away that question waits
 * for its return; a push must not hang the request that caused it, so this instance's own sockets
 * still get it and the others catch up when their users reload.
 */
export async function socketsInRooms(io: AppSocketServer, rooms: string[], logger: Logger, timeoutMs = CLUSTER_LOOKUP_TIMEOUT_MS): Promise<AppRemoteSocket[]> {
  const found = await within(io.in(rooms).fetchSockets().catch(() => null), timeoutMs);
  if (found !== null && found !== TIMED_OUT) return found;
  logger.warn({ rooms: rooms.length }, 'cluster socket lookup failed or timed out; pushing to this instance only');
  return io.local.in(rooms).fetchSockets();
}
