// Hostile and malformed input at the edge: bad JSON, oversized bodies, operator injection, unknown paths.
// Every write endpoint is fuzzed the same way in tests/security/rest-fuzz.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, postJson, registerUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { errorCode, register, uniqueEmail } from './auth-client.ts';

describe('hostile and malformed input', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  function postRaw(path: string, body: string): Promise<Response> {
    return fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  }

  it('answers malformed JSON with 400 bad_request', async () => {
    const response = await postRaw('/api/auth/login', '{"email": "a@example.com", "password": ');
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('bad_request');
  });

  it('answers a body over 64 KB with 413 payload_too_large', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(70 * 1024), email: uniqueEmail('big'), password: STRONG_PASSWORD });
    const response = await postRaw('/api/auth/register', body);
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe('payload_too_large');
  });

  it('refuses an operator object in place of an e-mail with 400, and stores and matches nothing', async () => {
    await registerUser(server.url);
    const usersBefore = await server.store.collection('users').count({});
    const injection = { email: { $gt: '' }, password: 'x' };

    const registered = await postJson(`${server.url}/api/auth/register`, { ...injection, name: 'Mallory' });
    expect(registered.status).toBe(400);
    expect(await errorCode(registered)).toBe('bad_request');
    expect(await server.store.collection('users').count({})).toBe(usersBefore);

    const loggedIn = await postJson(`${server.url}/api/auth/login`, injection);
    expect(loggedIn.status).toBe(400);
    expect(await errorCode(loggedIn)).toBe('bad_request');
    expect(loggedIn.headers.getSetCookie()).toEqual([]);

    const withPassword = await postJson(`${server.url}/api/auth/login`, { email: { $ne: null }, password: STRONG_PASSWORD });
    expect(withPassword.status).toBe(400);
  });

  it('refuses operators in the password, a $where body and a top-level array with 400, signing nobody in', async () => {
    const user = await registerUser(server.url);
    for (const body of [
      { email: user.user.email, password: { $ne: null } },
      { email: user.user.email, password: { $gt: '' } },
      { $where: 'this.email.length > 0', email: user.user.email },
      [{ email: user.user.email, password: STRONG_PASSWORD }],
    ]) {
      const response = await postJson(`${server.url}/api/auth/login`, body);
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe('bad_request');
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it('refuses a malformed e-mail on register with 400 bad_request naming the field', async () => {
    const response = await register(server, 'not-an-email');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; details: { path: string }[] };
    expect(body.error).toBe('bad_request');
    expect(body.details.map((detail) => detail.path)).toContain('email');
  });

  it('answers an unknown /api path with a 404 JSON body', async () => {
    const response = await fetch(`${server.url}/api/x`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await errorCode(response)).toBe('not_found');
    expect((await postJson(`${server.url}/api/x`, {})).status).toBe(404);
  });
});
