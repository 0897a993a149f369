// Accounts over real HTTP: register, login, logout, sessions by bearer and cookie, and the
// CSRF and origin checks on requests that rely on the session cookie.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { STRONG_PASSWORD, bearer, postJson, registerUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { cookiePair, errorCode, login, me, register, uniqueEmail, type SessionBody } from './auth-client.ts';

interface StoredUser {
  _id: string;
  email: string;
  passwordHash: string;
}

describe('accounts', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  it('registers with 201, returns {token, user, csrfToken} and sets an HttpOnly SameSite=Lax session cookie', async () => {
    const email = uniqueEmail('mei');
    const response = await register(server, email);
    expect(response.status).toBe(201);
    const body = (await response.json()) as SessionBody;
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(body.csrfToken).not.toBe(body.token);
    expect(body.user).toEqual({ id: expect.any(String), email, name: 'Mei Chen' });
    expect(body.user).not.toHaveProperty('passwordHash');

    const cookie = response.headers.getSetCookie().find((header) => header.startsWith('sc_session='));
    expect(cookie).toBeDefined();
    expect(cookie).toContain(`sc_session=${body.token}`);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
  });

  it('stores an e-mail in lower case so the account signs in whatever case is typed', async () => {
    const email = uniqueEmail('Mixed.Case');
    const registered = (await (await register(server, email)).json()) as SessionBody;
    expect(registered.user.email).toBe(email.toLowerCase());
    const response = await login(server, email.toUpperCase(), STRONG_PASSWORD);
    expect(response.status).toBe(200);
    expect(((await response.json()) as SessionBody).user.id).toBe(registered.user.id);
  });

  it('never stores the password in clear, only an Argon2id hash', async () => {
    const email = uniqueEmail('hash');
    const password = 'Kowloon-ferry-at-dawn-7';
    expect((await register(server, email, password)).status).toBe(201);
    const stored = await server.store.collection<StoredUser>('users').findOne({ email });
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored?.passwordHash).not.toContain(password);
    expect(JSON.stringify(stored)).not.toContain(password);
  });

  it('logs in with 200, a fresh token and a session cookie', async () => {
    const user = await registerUser(server.url);
    const response = await login(server, user.user.email, STRONG_PASSWORD);
    expect(response.status).toBe(200);
    const body = (await response.json()) as SessionBody;
    expect(body.user).toEqual(user.user);
    expect(body.token).not.toBe(user.token);
    expect(cookiePair(response)).toBe(`sc_session=${body.token}`);
    expect((await me(server, { authorization: `Bearer ${body.token}` })).status).toBe(200);
  });

  it('returns the current user from GET /api/auth/me with a bearer token', async () => {
    const user = await registerUser(server.url);
    const response = await me(server, bearer(user));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: user.user, csrfToken: user.csrfToken, timeZone: 'UTC' });
  });

  it('returns the current user from GET /api/auth/me with the session cookie', async () => {
    const user = await registerUser(server.url);
    const response = await me(server, { cookie: user.cookie });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { user: PublicUser }).user).toEqual(user.user);
  });

  it('refuses GET /api/auth/me with 401 unauthenticated without credentials or with a made-up token', async () => {
    const none = await me(server, {});
    expect(none.status).toBe(401);
    expect(await errorCode(none)).toBe('unauthenticated');
    const madeUp = await me(server, { authorization: 'Bearer not-a-real-session-token' });
    expect(madeUp.status).toBe(401);
    expect((await me(server, { cookie: 'sc_session=not-a-real-session-token' })).status).toBe(401);
  });

  it('logs out with 204, after which the token no longer works', async () => {
    const user = await registerUser(server.url);
    const response = await postJson(`${server.url}/api/auth/logout`, {}, bearer(user));
    expect(response.status).toBe(204);
    expect((await me(server, bearer(user))).status).toBe(401);
    expect((await me(server, { cookie: user.cookie })).status).toBe(401);
  });

  it('logs out a cookie session (with its CSRF token) and clears the cookie, leaving other sessions signed in', async () => {
    const user = await registerUser(server.url);
    const other = (await (await login(server, user.user.email, STRONG_PASSWORD)).json()) as SessionBody;
    const response = await postJson(`${server.url}/api/auth/logout`, {}, { cookie: user.cookie, 'x-csrf-token': user.csrfToken });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().join('\n')).toMatch(/sc_session=;.*Expires=Thu, 01 Jan 1970/i);
    expect((await me(server, { cookie: user.cookie })).status).toBe(401);
    expect((await me(server, { authorization: `Bearer ${other.token}` })).status).toBe(200);
  });

  it('refuses a duplicate e-mail, in any case, with 409 email_taken', async () => {
    const email = uniqueEmail('dup');
    expect((await register(server, email)).status).toBe(201);
    for (const again of [email, email.toUpperCase(), `  ${email}  `]) {
      const response = await register(server, again);
      expect(response.status).toBe(409);
      expect(await errorCode(response)).toBe('email_taken');
    }
    expect(await server.store.collection('users').count({ email })).toBe(1);
  });

  it.each([
    ['too short', 'Sh0rt!'],
    ['too few different characters', 'aaaaaaaaaabbbbb'],
    ['a common password', 'Password123'],
  ])('refuses a weak password (%s) with 400 weak_password and creates no account', async (_why, password) => {
    const email = uniqueEmail('weak');
    const response = await register(server, email, password);
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('weak_password');
    expect(await server.store.collection('users').count({ email })).toBe(0);
  });

  it('refuses a password that contains the e-mail name with 400 weak_password', async () => {
    const local = `harbour${randomUUID().slice(0, 6)}`;
    const response = await register(server, `${local}@example.com`, `${local}-2024!`);
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('weak_password');
  });

  it('refuses a wrong password and an unknown e-mail alike with 401 invalid_credentials', async () => {
    const user = await registerUser(server.url);
    const wrong = await login(server, user.user.email, 'Not-the-right-password-1');
    expect(wrong.status).toBe(401);
    const wrongBody = (await wrong.json()) as { error: string; message: string };
    expect(wrongBody.error).toBe('invalid_credentials');
    expect(wrong.headers.getSetCookie()).toEqual([]);

    const unknown = await login(server, uniqueEmail('ghost'), STRONG_PASSWORD);
    expect(unknown.status).toBe(401);
    const unknownBody = (await unknown.json()) as { error: string; message: string };
    expect(unknownBody).toEqual(wrongBody);
  });

  it('refuses register and login from a foreign Origin with 403 csrf_failed', async () => {
    const evil = { origin: 'http://evil.example' };
    const email = uniqueEmail('origin');
    const registered = await register(server, email, STRONG_PASSWORD, evil);
    expect(registered.status).toBe(403);
    expect(await errorCode(registered)).toBe('csrf_failed');
    expect(registered.headers.getSetCookie()).toEqual([]);
    expect(await server.store.collection('users').count({ email })).toBe(0);

    const user = await registerUser(server.url);
    const loggedIn = await login(server, user.user.email, STRONG_PASSWORD, evil);
    expect(loggedIn.status).toBe(403);
    expect(await errorCode(loggedIn)).toBe('csrf_failed');
    expect(loggedIn.headers.getSetCookie()).toEqual([]);
  });

  it('accepts register and login from its own Origin', async () => {
    const own = { origin: server.url };
    const email = uniqueEmail('own');
    expect((await register(server, email, STRONG_PASSWORD, own)).status).toBe(201);
    expect((await login(server, email, STRONG_PASSWORD, own)).status).toBe(200);
  });
});

describe('CSRF protection on cookie-authenticated writes', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  const createNote = (headers: Record<string, string>) => postJson(`${server.url}/api/notes`, { title: 'Port of Rotterdam leads' }, headers);

  it('refuses a cookie-authenticated POST without x-csrf-token with 403 csrf_failed and stores nothing', async () => {
    const user = await registerUser(server.url);
    const response = await createNote({ cookie: user.cookie });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('csrf_failed');
    expect(await server.store.collection('notes').count({ ownerId: user.user.id })).toBe(0);
  });

  it("refuses a cookie-authenticated POST carrying another session's CSRF token", async () => {
    const user = await registerUser(server.url);
    const other = await registerUser(server.url);
    const response = await createNote({ cookie: user.cookie, 'x-csrf-token': other.csrfToken });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('csrf_failed');
  });

  it('accepts a cookie-authenticated POST with the right x-csrf-token with 201', async () => {
    const user = await registerUser(server.url);
    const response = await createNote({ cookie: user.cookie, 'x-csrf-token': user.csrfToken });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { owner: PublicUser }).owner.id).toBe(user.user.id);
  });

  it('needs no CSRF token for a bearer-authenticated POST', async () => {
    const user = await registerUser(server.url);
    expect((await createNote(bearer(user))).status).toBe(201);
  });

  it('refuses a cookie-authenticated POST from a foreign Origin even with the right token', async () => {
    const user = await registerUser(server.url);
    const response = await createNote({ cookie: user.cookie, 'x-csrf-token': user.csrfToken, origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('csrf_failed');
  });
});
