// Ending sessions (logout, password change, "sign out everywhere", expiry): which sessions ended,
// the test each open connection runs against that, and the port the routes call to cut them.
import { z } from 'zod';

/** One session, or every session of a user but (optionally) the one that asked. */
export const SessionEndSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), sessionId: z.string().min(1) }),
  z.object({ kind: z.literal('user'), userId: z.string().min(1), exceptSessionId: z.string().min(1).optional() }),
]);
export type SessionEnd = z.infer<typeof SessionEndSchema>;

/** What an open connection remembers about the session that authenticated it. */
export interface SessionHolder {
  sessionId: string;
  userId: string;
}

export function endsSession(end: SessionEnd, holder: SessionHolder): boolean {
  switch (end.kind) {
    case 'session':
      return holder.sessionId === end.sessionId;
    case 'user':
      return holder.userId === end.userId && holder.sessionId !== end.exceptSessionId;
  }
}

/**
 * Cuts every open connection (collaboration and Socket.IO, on every instance) of ended sessions.
 * Called after the store already refuses them, so a connection opening meanwhile is refused too.
 */
export interface SessionEnder {
  end(end: SessionEnd): Promise<void>;
}
