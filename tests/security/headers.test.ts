// Security headers on every kind of response (a CSP the client can run under, no sniffing, no
// framing, no referrer, no X-Powered-By), the session cookie's flags including Secure when
// configured, and CSRF across every write method and feature. The basic CSRF and Origin cases of
// login and notes are in tests/auth/auth.test.ts; the collab and Socket.IO Origin checks in
// tests/collab/access.test.ts and tests/realtime/socket.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { createApp } from '../../server/app.ts';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { CSRF_HEADER } from '../../shared/schemas/auth.ts';
import { STRONG_PASSWORD, postJson, registerUser, type TestUser } from '../helpers/api.ts';
import { makeTempDir, type TestServer } from '../helpers/test-server.ts';
import { openDeal, startDealServer } from '../deals/deal-helpers.ts';
import { upgradeStatus } from './ws-probe.ts';

function directives(csp: string | null): Map<string, string> {
  return new Map((csp ?? '').split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name, values.join(' ')]));
}

describe('security headers', () => {
  let server: TestServer;
  let user: TestUser;

  beforeAll(async () => {
    server = await startDealServer();
    user = await registerUser(server.url, 'Header Checker');
  });

  afterAll(async () => {
    await server.close();
  });

  it.each(['/healthz', '/api/auth/me', '/api/no-such-thing'])('sets the hardening headers on %s', async (path) => {
    const response = await fetch(`${server.url}${path}`);
    await response.arrayBuffer();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('script-src-attr')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'self'");
    const host = new URL(server.url).host;
    expect(csp.get('connect-src')).toBe(`'self' ws://${host} wss://${host}`);
    // Plain HTTP here: telling browsers to upgrade would break a deployment without TLS.
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it('names no foreign WebSocket host when the Host header is hostile', async () => {
    const { request } = await import('node:http');
    const csp = await new Promise<string>((resolve, reject) => {
      const req = request(`${server.url}/healthz`, { headers: { host: "evil.example 'unsafe-inline'" } }, (res) => {
        res.resume();
        resolve(String(res.headers['content-security-policy']));
      });
      req.on('error', reject);
      req.end();
    });
    expect(directives(csp).get('connect-src')).toBe("'self'");
  });

  it('serves the deal export under a stricter policy with no script at all', async () => {
    const deal = await openDeal(server, user);
    const response = await fetch(`${server.url}/api/deals/${deal.id}/export.html`, { headers: { authorization: `Bearer ${user.token}` } });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.has('script-src')).toBe(false);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('sends no CORS grant to a foreign origin', async () => {
    const response = await fetch(`${server.url}/api/auth/me`, { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    await response.arrayBuffer();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('refuses cookie-authenticated PATCH, DELETE and deal writes without the CSRF header, and changes nothing', async () => {
    const deal = await openDeal(server, user);
    const cookie = { cookie: user.cookie, 'content-type': 'application/json' };
    const writes: [string, string, unknown][] = [
      ['PATCH', `/api/deals/${deal.id}`, { title: 'Hijacked' }],
      ['POST', '/api/deals', { title: 'Forged', type: 'supply' }],
      ['DELETE', `/api/deals/${deal.id}/members/${user.user.id}`, undefined],
      ['POST', '/api/orgs', { name: 'Forged Org', region: 'hk', sectors: ['drones'] }],
    ];
    for (const [method, path, body] of writes) {
      const refused = await fetch(`${server.url}${path}`, { method, headers: cookie, body: body === undefined ? undefined : JSON.stringify(body) });
      expect([method, path, refused.status, ((await refused.json()) as { error: string }).error]).toEqual([method, path, 403, 'csrf_failed']);
    }
    const after = await fetch(`${server.url}/api/deals/${deal.id}`, { headers: { cookie: user.cookie } });
    expect(((await after.json()) as { title: string }).title).toBe(deal.title);
    const allowed = await fetch(`${server.url}/api/deals/${deal.id}`, { method: 'PATCH', headers: { ...cookie, [CSRF_HEADER]: user.csrfToken }, body: JSON.stringify({ title: 'Renamed' }) });
    expect(allowed.status).toBe(200);
  });

  it('refuses a cookie from a cross-site page on the collaboration upgrade even for a member', async () => {
    const deal = await openDeal(server, user);
    const url = `${server.wsUrl}/collab/${deal.docs.dossier}`;
    expect(await upgradeStatus(url, { cookie: user.cookie, origin: 'http://evil.example' })).toBe(401);
    expect(await upgradeStatus(url, { cookie: user.cookie, origin: server.url })).toBe(101);
  });
});

describe('session cookie flags', () => {
  async function appWith(cookieSecure: boolean | 'auto'): Promise<{ url: string; close: () => Promise<void> }> {
    const dir = await makeTempDir();
    const store = await EmbeddedStore.open(dir);
    const app = await createApp({ store, logger: createLogger('silent'), limits: DEFAULT_LIMITS, cookieSecure });
    const port = await app.listen(0, '127.0.0.1');
    const close = async () => {
      await app.close();
      await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
      await store.close();
      await rm(dir, { recursive: true, force: true });
    };
    return { url: `http://127.0.0.1:${port}`, close };
  }

  async function registrationCookie(url: string, headers: Record<string, string> = {}): Promise<{ cookie: string; csp: string }> {
    const response = await postJson(`${url}/api/auth/register`, { name: 'Flag Checker', email: `flags-${Date.now()}@example.com`, password: STRONG_PASSWORD }, headers);
    expect(response.status).toBe(201);
    return { cookie: response.headers.getSetCookie().find((line) => line.startsWith('sc_session=')) ?? '', csp: response.headers.get('content-security-policy') ?? '' };
  }

  it('is HttpOnly, SameSite=Lax and path-wide; Secure and upgrade-insecure-requests when HTTPS is configured', async () => {
    const secure = await appWith(true);
    try {
      const { cookie, csp } = await registrationCookie(secure.url);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
      expect(cookie).toMatch(/; Path=\//i);
      expect(cookie).toMatch(/; Secure/i);
      expect(directives(csp).has('upgrade-insecure-requests')).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('follows HTTPS behind a loopback proxy in auto mode, and stays without Secure over plain HTTP', async () => {
    const auto = await appWith('auto');
    try {
      expect((await registrationCookie(auto.url, { 'x-forwarded-proto': 'https' })).cookie).toMatch(/; Secure/i);
      expect((await registrationCookie(auto.url)).cookie).not.toMatch(/; Secure/i);
    } finally {
      await auto.close();
    }
  });
});
