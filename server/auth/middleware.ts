// Express middleware: attach the caller, require one, and check CSRF on cookie-authenticated writes.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ErrorCode } from '../../shared/protocol.ts';
import { CSRF_HEADER } from '../../shared/schemas/auth.ts';
import { AppError, UnauthenticatedError } from '../http/index.ts';
import type { AuthContext, Authenticator } from './authenticator.ts';
import { isSameOrigin } from './authenticator.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function attachAuth(authenticator: Authenticator): RequestHandler {
  return async (req, res, next) => {
    res.locals.auth = await authenticator.authenticateRequest(req.headers);
    next();
  };
}

/** The authenticated caller of this request; throws 401 when there is none. */
export function requireAuth(res: Response): AuthContext {
  const auth = res.locals.auth as AuthContext | null | undefined;
  if (!auth) throw new UnauthenticatedError();
  return auth;
}

/**
 * Cookie-authenticated state changes must carry the session's CSRF token in a header, which a
 * cross-site form or fetch cannot set. Bearer tokens are not ambient, so they need no token.
 * Requests that set a cookie without one (login, register) must come from our own origin.
 */
export function csrfProtection(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (!isSameOrigin(req.headers)) {
      return next(new AppError(ErrorCode.CsrfFailed, 'Cross-site request refused'));
    }
    const auth = res.locals.auth as AuthContext | null;
    if (auth?.source === 'cookie' && req.get(CSRF_HEADER) !== auth.csrfToken) {
      return next(new AppError(ErrorCode.CsrfFailed, 'Missing or wrong CSRF token'));
    }
    next();
  };
}
