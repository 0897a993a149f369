// Account routes: register, login, logout, current user.
import { Router, type Request, type Response } from 'express';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import { ErrorCode, SESSION_COOKIE, type ErrorBody, type PublicUser, type SessionInfo, type SessionResponse } from '../../shared/protocol.ts';
import { EmailSchema, LoginBodySchema, RegisterBodySchema } from '../../shared/schemas/auth.ts';
import type { Limits } from '../config.ts';
import { AppError } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { DuplicateKeyError } from '../store/index.ts';
import { cookieToken } from './authenticator.ts';
import { requireAuth } from './middleware.ts';
import { passwordWeakness } from './password-policy.ts';
import { hashPassword, spendVerifyTime, verifyPassword } from './passwords.ts';
import { SESSION_TTL_MS, type SessionRepository } from './sessions.ts';
import { toPublicUser, type UserRepository } from './users.ts';

export interface AuthRouteDeps {
  users: UserRepository;
  sessions: SessionRepository;
  limits: Limits;
  cookieSecure: 'auto' | boolean;
}

function tooManyAttempts(_req: Request, res: Response): void {
  const body: ErrorBody = { error: ErrorCode.RateLimited, message: 'Too many attempts; try again later' };
  res.status(429).json(body);
}

export function authRoutes(deps: AuthRouteDeps): Router {
  const router = Router();
  const { users, sessions, limits } = deps;

  // Counts failed logins per address and e-mail, so guessing one account's password is slow
  // while a shared office address can still sign in its other people.
  const loginLimiter = rateLimit({
    windowMs: limits.loginWindowMs,
    limit: limits.loginAttempts,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Key on the e-mail as the handler will read it (trimmed, lower-cased), so padding cannot reset the count.
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}:${EmailSchema.safeParse(req.body?.email).data ?? ''}`,
    handler: tooManyAttempts,
  });

  async function startSession(req: Request, res: Response, user: PublicUser, status: number): Promise<void> {
    const { token, session } = await sessions.create(user.id);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.cookieSecure === 'auto' ? req.secure : deps.cookieSecure,
      path: '/',
      maxAge: SESSION_TTL_MS,
    });
    res.status(status).json({ token, user, csrfToken: session.csrfToken } satisfies SessionResponse);
  }

  router.post('/register', async (req, res) => {
    const body = parseInput(RegisterBodySchema, req.body);
    const weakness = passwordWeakness(body.password, body.email);
    if (weakness) throw new AppError(ErrorCode.WeakPassword, weakness);
    try {
      const user = await users.create({ email: body.email, name: body.name, passwordHash: await hashPassword(body.password) });
      await startSession(req, res, toPublicUser(user), 201);
    } catch (error) {
      if (error instanceof DuplicateKeyError) {
        throw new AppError(ErrorCode.EmailTaken, 'An account with this e-mail already exists');
      }
      throw error;
    }
  });

  router.post('/login', loginLimiter, async (req, res) => {
    const body = parseInput(LoginBodySchema, req.body);
    const user = await users.findByEmail(body.email);
    if (!user) await spendVerifyTime(body.password);
    if (!user || !(await verifyPassword(user.passwordHash, body.password))) {
      throw new AppError(ErrorCode.InvalidCredentials, 'Wrong e-mail or password');
    }
    await startSession(req, res, toPublicUser(user), 200);
  });

  router.post('/logout', async (req, res) => {
    const auth = requireAuth(res);
    await sessions.revoke(auth.token);
    if (cookieToken(req.headers)) res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  router.get('/me', (_req, res) => {
    const auth = requireAuth(res);
    res.json({ user: auth.user, csrfToken: auth.csrfToken } satisfies SessionInfo);
  });

  return router;
}
