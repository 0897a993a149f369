// The login rate limit: failed guesses per address and e-mail, with a small limit for the test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, registerUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { errorCode, login } from './auth-client.ts';

describe('login rate limit', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ limits: { loginAttempts: 3 } });
  });

  afterEach(async () => {
    await server.close();
  });

  it('answers 429 rate_limited after three failed logins, even to the right password', async () => {
    const user = await registerUser(server.url);
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await login(server, user.user.email, `Wrong-guess-number-${attempt}`)).status).toBe(401);
    }
    const limited = await login(server, user.user.email, STRONG_PASSWORD);
    expect(limited.status).toBe(429);
    expect(await errorCode(limited)).toBe('rate_limited');
    expect(limited.headers.getSetCookie()).toEqual([]);
  });

  it('does not count successful logins towards the limit', async () => {
    const user = await registerUser(server.url);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await login(server, user.user.email, STRONG_PASSWORD)).status).toBe(200);
    }
  });

  it('still lets another account from the same address sign in', async () => {
    const target = await registerUser(server.url);
    const colleague = await registerUser(server.url);
    for (let attempt = 0; attempt < 4; attempt++) await login(server, target.user.email, `Wrong-guess-number-${attempt}`);
    expect((await login(server, target.user.email, STRONG_PASSWORD)).status).toBe(429);
    expect((await login(server, colleague.user.email, STRONG_PASSWORD)).status).toBe(200);
  });

  it('counts guesses against the e-mail as the server reads it, so changing case or padding does not reset the limit', async () => {
    const user = await registerUser(server.url);
    const email = user.user.email;
    const variants = [email, email.toUpperCase(), ` ${email}`, `${email} `, `  ${email}`, `\t${email}`];
    const statuses: number[] = [];
    for (const variant of variants) statuses.push((await login(server, variant, 'Wrong-guess-again-1')).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
  });
});
