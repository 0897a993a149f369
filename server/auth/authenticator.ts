// Resolves who is calling from a request's credentials: a bearer token, a `?token=` query
// parameter (collaboration socket) or the session cookie. Shared by REST, Socket.IO and collab.
import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseCookies } from 'cookie';
import { SESSION_COOKIE, type PublicUser } from '../../shared/schemas/auth.ts';
import type { SessionRepository } from './sessions.ts';
import { toPublicUser, type UserRepository } from './users.ts';

export type CredentialSource = 'bearer' | 'query' | 'handshake' | 'cookie';

export interface Credentials {
  token: string;
  source: CredentialSource;
}

export interface AuthContext {
  user: PublicUser;
  token: string;
  /** The session's id (the token's hash): what connections remember to be cut when it ends. */
  sessionId: string;
  sessionExpiresAt: Date;
  csrfToken: string;
  source: CredentialSource;
}

export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.authorization;
  if (!header?.startsWith('Bearer ')) return undefined;
  return header.slice('Bearer '.length).trim() || undefined;
}

export function cookieToken(headers: IncomingHttpHeaders): string | undefined {
  if (!headers.cookie) return undefined;
  return parseCookies(headers.cookie)[SESSION_COOKIE] || undefined;
}

/** Explicit credentials win over the ambient cookie. */
export function pickCredentials(headers: IncomingHttpHeaders, explicit?: Credentials): Credentials | null {
  if (explicit) return explicit;
  const bearer = bearerToken(headers);
  if (bearer) return { token: bearer, source: 'bearer' };
  const cookie = cookieToken(headers);
  if (cookie) return { token: cookie, source: 'cookie' };
  return null;
}

/**
 * A browser always sends Origin on WebSocket upgrades and cross-site POSTs; requests that rely on
 * the ambient cookie must come from our own origin (cross-site WebSocket hijacking, login CSRF).
 */
export function isSameOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false;
  }
}

export class Authenticator {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
  ) {}

  async authenticate(credentials: Credentials | null): Promise<AuthContext | null> {
    if (!credentials) return null;
    const session = await this.sessions.find(credentials.token);
    if (!session) return null;
    const user = await this.users.findById(session.userId);
    if (!user) return null;
    return {
      user: toPublicUser(user),
      token: credentials.token,
      sessionId: session._id,
      sessionExpiresAt: new Date(session.expiresAt),
      csrfToken: session.csrfToken,
      source: credentials.source,
    };
  }

  /** True while the session still exists and has not expired (a re-check for long-lived connections). */
  isSessionLive(sessionId: string): Promise<boolean> {
    return this.sessions.isLive(sessionId);
  }

  /** Authenticates a raw HTTP request (upgrade or handshake), refusing cross-origin cookie use. */
  async authenticateRequest(headers: IncomingHttpHeaders, explicit?: Credentials): Promise<AuthContext | null> {
    const credentials = pickCredentials(headers, explicit);
    if (credentials?.source === 'cookie' && !isSameOrigin(headers)) return null;
    return this.authenticate(credentials);
  }
}
