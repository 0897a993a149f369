// Account routes: register, login, logout, current user, and the profile's time zone.
import type { Request, Response } from 'express';
import { ErrorCode } from '../../shared/protocol.ts';
import { LanguageBodySchema, LoginBodySchema, RegisterBodySchema, SESSION_COOKIE, type LoginBody, type SessionInfo, type SessionResponse } from '../../shared/schemas/auth.ts';
import { TimeZoneBodySchema } from '../../shared/schemas/time-zone.ts';
import type { Limits } from '../config.ts';
import { ApiRouter, AppError, parseInput } from '../http/index.ts';
import { DuplicateKeyError } from '../store/index.ts';
import { cookieToken } from './authenticator.ts';
import { LoginGuard } from './login-limits.ts';
import { requireAuth } from './middleware.ts';
import { passwordWeakness } from './password-policy.ts';
import { hashPassword, spendVerifyTime, verifyPassword } from './passwords.ts';
import type { SessionEnder } from './session-end.ts';
import type { SessionRepository } from './sessions.ts';
import { timeZoneOf, toPublicUser, type UserRecord, type UserRepository } from './users.ts';

export interface AuthRouteDeps {
  users: UserRepository;
  sessions: SessionRepository;
  limits: Limits;
  cookieSecure: 'auto' | boolean;
  /** Cuts the open connections of a session that logged out. */
  sessionEnds: SessionEnder;
}

/** The user whose password this is, or null; an unknown e-mail takes as long as a wrong password. */
async function verifiedUser(users: UserRepository, body: LoginBody): Promise<UserRecord | null> {
  const user = await users.findByEmail(body.email);
  if (!user) await spendVerifyTime(body.password);
  return user && (await verifyPassword(user.passwordHash, body.password)) ? user : null;
}

export function authRoutes(deps: AuthRouteDeps): ApiRouter {
  const router = new ApiRouter();
  const { users, sessions, limits } = deps;

  const guard = new LoginGuard(limits);

  async function startSession(req: Request, res: Response, record: UserRecord, status: number): Promise<void> {
    const user = toPublicUser(record);
    const { token, session } = await sessions.create(user.id);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.cookieSecure === 'auto' ? req.secure : deps.cookieSecure,
      path: '/',
      maxAge: sessions.ttlMs,
    });
    res.status(status).json({ token, user, csrfToken: session.csrfToken, timeZone: timeZoneOf(record) } satisfies SessionResponse);
  }

  router.post('/register', { summary: "Create an account and sign in", auth: 'none', body: RegisterBodySchema, errors: [ErrorCode.WeakPassword, ErrorCode.EmailTaken] }, guard.signupsPerAddress, async (req, res) => {
    const body = parseInput(RegisterBodySchema, req.body);
    const weakness = passwordWeakness(body.password, body.email);
    if (weakness) throw new AppError(ErrorCode.WeakPassword, weakness);
    try {
      const user = await users.create({ email: body.email, name: body.name, passwordHash: await hashPassword(body.password), timeZone: body.timeZone, lang: body.lang });
      guard.signedUp(req, body.email);
      await startSession(req, res, user, 201);
    } catch (error) {
      if (error instanceof DuplicateKeyError) {
        throw new AppError(ErrorCode.EmailTaken, 'An account with this e-mail already exists');
      }
      throw error;
    }
  });

  router.post('/login', { summary: "Sign in (sets the session cookie, answers the token and CSRF token)", auth: 'none', body: LoginBodySchema, errors: [ErrorCode.InvalidCredentials] }, guard.failedLoginsPerAddress, async (req, res) => {
    const body = parseInput(LoginBodySchema, req.body);
    const user = await guard.paced(req, res, body.email, () => verifiedUser(users, body));
    if (user === 'left') return;
    if (!user) throw new AppError(ErrorCode.InvalidCredentials, 'Wrong e-mail or password');
    await startSession(req, res, user, 200);
  });

  router.post('/logout', { summary: "Sign out this session", auth: 'session', statuses: [204] }, async (req, res) => {
    const auth = requireAuth(res);
    await sessions.revoke(auth.token);
    await deps.sessionEnds.end({ kind: 'session', sessionId: auth.sessionId });
    if (cookieToken(req.headers)) res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  router.get('/me', { summary: "The signed-in user, the CSRF token and the profile's time zone", auth: 'session' }, async (_req, res) => {
    const auth = requireAuth(res);
    const timeZone = timeZoneOf(await users.findById(auth.user.id));
    res.json({ user: auth.user, csrfToken: auth.csrfToken, timeZone } satisfies SessionInfo);
  });

  router.put('/time-zone', { summary: "Set my profile's time zone (IANA)", auth: 'session', body: TimeZoneBodySchema }, async (req, res) => {
    const { user } = requireAuth(res);
    const { timeZone } = parseInput(TimeZoneBodySchema, req.body);
    await users.setTimeZone(user.id, timeZone);
    res.json({ timeZone });
  });

  router.put('/language', { summary: "Set the language e-mails to me are written in", auth: 'session', body: LanguageBodySchema, statuses: [204] }, async (req, res) => {
    const { user } = requireAuth(res);
    await users.setLang(user.id, parseInput(LanguageBodySchema, req.body).lang);
    res.status(204).end();
  });

  return router;
}
