// What the server keeps on each authenticated Socket.IO connection (the fourth type of its `Server`).
import type { PublicUser } from '../../shared/schemas/auth.ts';
export interface SocketData {
  user: PublicUser;
  /** The session that authenticated the socket: it is cut when that session ends. */
  sessionId: string;
  sessionExpiresAt: number;
}
