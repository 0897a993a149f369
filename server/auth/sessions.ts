// Sessions: an opaque random token given to the client, stored only as its SHA-256 hash,
// with a per-session CSRF token for cookie-authenticated browser requests.
import { createHash, randomBytes } from 'node:crypto';
import type { IndexSpec, Store } from '../store/index.ts';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;

export interface SessionRecord {
  _id: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
}

export const SESSION_INDEXES: IndexSpec[] = [{ collection: 'sessions', fields: ['userId'] }];

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export interface SessionOptions {
  /** How long a session lives from sign-in (default 30 days). */
  ttlMs?: number;
  now?: () => number;
}

export class SessionRepository {
  readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly store: Store,
    options: SessionOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? SESSION_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  private get sessions() {
    return this.store.collection<SessionRecord>('sessions');
  }

  async create(userId: string): Promise<{ token: string; session: SessionRecord }> {
    const token = randomToken();
    const createdAt = new Date(this.now());
    const session: SessionRecord = {
      _id: tokenId(token),
      userId,
      csrfToken: randomToken(),
      createdAt,
      expiresAt: new Date(createdAt.getTime() + this.ttlMs),
    };
    await this.sessions.insertOne(session);
    return { token, session };
  }

  /** The live session for a token, or null when unknown or expired. */
  async find(token: string): Promise<SessionRecord | null> {
    if (token.length > 128) return null;
    return this.findById(tokenId(token));
  }

  /** True while the session (by its id, the token's hash) exists and has not expired. */
  async isLive(sessionId: string): Promise<boolean> {
    return (await this.findById(sessionId)) !== null;
  }

  async revoke(token: string): Promise<void> {
    await this.sessions.deleteMany({ _id: tokenId(token) });
  }

  /** Ends every session of a user, except `keepSessionId` when given (the one changing the password). */
  async revokeAllOf(userId: string, keepSessionId?: string): Promise<void> {
    await this.sessions.deleteMany(keepSessionId ? { userId, _id: { $ne: keepSessionId } } : { userId });
  }

  private async findById(sessionId: string): Promise<SessionRecord | null> {
    const session = await this.sessions.findOne({ _id: sessionId });
    if (!session || new Date(session.expiresAt).getTime() <= this.now()) return null;
    return session;
  }
}
