// Account security routes: change the password (every other session ends) and sign out
// everywhere (every session ends, this one included). Open connections of ended sessions are cut.
import type { Request, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { ErrorCode, type ErrorBody } from '../../shared/protocol.ts';
import { PasswordChangeBodySchema, SESSION_COOKIE } from '../../shared/schemas/auth.ts';
import { ApiRouter, AppError, parseInput } from '../http/index.ts';
import type { AuthContext } from './authenticator.ts';
import { cookieToken } from './authenticator.ts';
import { requireAuth } from './middleware.ts';
import { passwordWeakness } from './password-policy.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { SessionEnder } from './session-end.ts';
import type { SessionRepository } from './sessions.ts';
import type { UserRepository } from './users.ts';

export interface AccountSecurityDeps {
  users: UserRepository;
  sessions: SessionRepository;
  sessionEnds: SessionEnder;
  /** Window in which one account may give a wrong current password `WRONG_PASSWORD_LIMIT` times. */
  wrongPasswordWindowMs: number;
}

const WRONG_PASSWORD_LIMIT = 10;

function tooManyWrongPasswords(_req: Request, res: Response): void {
  const body: ErrorBody = { error: ErrorCode.RateLimited, message: 'Too many wrong passwords; try again later' };
  res.status(429).json(body);
}

/** The cookie goes only when the request came with one, so an API client's bearer use sets no header. */
function clearSessionCookie(req: Request, res: Response): void {
  if (cookieToken(req.headers)) res.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function accountSecurityRoutes(deps: AccountSecurityDeps): ApiRouter {
  const router = new ApiRouter({ tag: 'auth' });
  const { users, sessions, sessionEnds } = deps;

  // A stolen session must not become a way to guess the password itself: wrong current passwords
  // are counted per account (only those; a weak new password costs nothing).
  const wrongPasswordLimiter = rateLimit({
    windowMs: deps.wrongPasswordWindowMs,
    limit: WRONG_PASSWORD_LIMIT,
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.locals.wrongPassword !== true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res) => (res.locals.auth as AuthContext | null)?.user.id ?? ipKeyGenerator(req.ip ?? ''),
    handler: tooManyWrongPasswords,
  });

  router.post('/password', { summary: "Change my password (every other session ends)", auth: 'session', body: PasswordChangeBodySchema, statuses: [204], errors: [ErrorCode.WrongPassword, ErrorCode.WeakPassword] }, wrongPasswordLimiter, async (req, res) => {
    const auth = requireAuth(res);
    const body = parseInput(PasswordChangeBodySchema, req.body);
    const user = await users.findById(auth.user.id);
    if (!user || !(await verifyPassword(user.passwordHash, body.currentPassword))) {
      res.locals.wrongPassword = true;
      throw new AppError(ErrorCode.WrongPassword, 'The current password is not right');
    }
    const weakness = body.newPassword === body.currentPassword ? 'Choose a password different from the current one' : passwordWeakness(body.newPassword, user.email);
    if (weakness) throw new AppError(ErrorCode.WeakPassword, weakness);
    await users.setPasswordHash(user._id, await hashPassword(body.newPassword));
    // Whoever else held a session (maybe the person who learnt the old password) is out, everywhere.
    await sessions.revokeAllOf(user._id, auth.sessionId);
    await sessionEnds.end({ kind: 'user', userId: user._id, exceptSessionId: auth.sessionId });
    res.status(204).end();
  });

  router.post('/logout-everywhere', { summary: "End every session of mine, this one included", auth: 'session', statuses: [204] }, async (req, res) => {
    const auth = requireAuth(res);
    await sessions.revokeAllOf(auth.user.id);
    await sessionEnds.end({ kind: 'user', userId: auth.user.id });
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return router;
}
