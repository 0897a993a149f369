// Limits that keep one user from exhausting the server: simultaneous collaboration connections
// per user (429 at the upgrade, even for a burst of concurrent upgrades) and the general REST
// rate limit (429 in the shared error shape, counted per account, else per address); both
// configurable from the environment. Frame size is fuzzed in collab-fuzz.test.ts; document size
// is tests/deals/size-limit.test.ts; comment size is tests/comments/comments.test.ts.
import type WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, loadConfig } from '../../server/config.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import { createNote, postJson, registerUser, STRONG_PASSWORD } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, connectSocket } from '../listings/marketplace-helpers.ts';
import { openRaw, upgradeStatus } from './ws-probe.ts';

describe('limits', () => {
  let server: TestServer | undefined;
  const sockets: WebSocket[] = [];

  afterEach(async () => {
    for (const ws of sockets.splice(0)) ws.close();
    await server?.close();
    server = undefined;
  });

  it('refuses a user’s collaboration connection past the limit with 429, and admits again once one closes', async () => {
    server = await startTestServer({ limits: { maxCollabConnectionsPerUser: 3 } });
    const [owner, other] = await Promise.all([registerUser(server.url, 'Owner'), registerUser(server.url, 'Other')]);
    const note = await createNote(server.url, owner);
    const url = `${server.wsUrl}/collab/${note.docName}?token=${owner.token}`;
    for (let i = 0; i < 3; i += 1) sockets.push(await openRaw(url));
    expect(await upgradeStatus(url)).toBe(429);

    const otherNote = await createNote(server.url, other);
    expect(await upgradeStatus(`${server.wsUrl}/collab/${otherNote.docName}?token=${other.token}`)).toBe(101);
    // Refused upgrades (no access) do not use up a slot.
    expect(await upgradeStatus(`${server.wsUrl}/collab/${note.docName}?token=${other.token}`)).toBe(403);

    sockets.pop()?.close();
    await waitFor(async () => (await upgradeStatus(url)) === 101, 'a slot to free up');
  });

  it('admits exactly the limit from a burst of concurrent upgrades', async () => {
    server = await startTestServer({ limits: { maxCollabConnectionsPerUser: 4 } });
    const owner = await registerUser(server.url, 'Owner');
    const note = await createNote(server.url, owner);
    const url = `${server.wsUrl}/collab/${note.docName}?token=${owner.token}`;
    const opened: WebSocket[] = [];
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () =>
        openRaw(url).then(
          (ws) => {
            opened.push(ws);
            return 101;
          },
          (error: Error) => Number(/\d{3}/.exec(error.message)?.[0] ?? 0),
        ),
      ),
    );
    sockets.push(...opened);
    expect(statuses.filter((status) => status === 101)).toHaveLength(4);
    expect(statuses.filter((status) => status === 429)).toHaveLength(8);
  });

  it('answers requests past the REST rate limit with 429 rate_limited, per account', async () => {
    server = await startTestServer({ limits: { apiRequestsPerWindow: 10, apiWindowMs: 60_000, loginFailuresPerAddress: 0 } });
    const [busy, calm] = await Promise.all([registerUser(server.url, 'Busy'), registerUser(server.url, 'Calm')]);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await call(server.url, busy, 'GET', '/api/auth/me')).status);
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
    const refused = await fetch(`${server.url}/api/notes`, { headers: { authorization: `Bearer ${busy.token}` } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('ratelimit-policy')).toMatch(/q=10/);
    expect(await refused.json()).toMatchObject({ error: ErrorCode.RateLimited, message: expect.any(String) });
    expect((await call(server.url, calm, 'GET', '/api/auth/me')).status).toBe(200);
  });

  it('counts signed-out requests per address', async () => {
    server = await startTestServer({ limits: { apiRequestsPerWindow: 3, loginFailuresPerAddress: 0 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await postJson(`${server.url}/api/auth/login`, { email: 'nobody@example.com', password: STRONG_PASSWORD })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('refuses Socket.IO events past the per-connection limit, and cuts a connection that keeps going', async () => {
    server = await startTestServer({ limits: { socketEventsPerWindow: 5, socketWindowMs: 60_000 } });
    const user = await registerUser(server.url, 'Chatty');
    const socket = await connectSocket(server.url, user);
    const answers: unknown[] = [];
    for (let i = 0; i < 10; i += 1) answers.push(await socket.emitWithAck('session:whoami'));
    expect(answers.slice(0, 5)).toEqual(Array(5).fill({ data: user.user }));
    expect(answers.slice(5)).toEqual(Array(5).fill({ error: ErrorCode.RateLimited, message: expect.any(String) }));
    const cut = new Promise((resolve) => socket.once('disconnect', resolve));
    socket.emit('session:whoami', () => undefined);
    expect(await cut).toBe('io server disconnect');
    const other = await connectSocket(server.url, user);
    expect(await other.emitWithAck('session:whoami')).toEqual({ data: user.user });
    other.disconnect();
  });

  it('reads the limits from the environment, generous by default', () => {
    expect(DEFAULT_LIMITS.maxCollabConnectionsPerUser).toBeGreaterThanOrEqual(50);
    expect(DEFAULT_LIMITS.apiRequestsPerWindow).toBeGreaterThanOrEqual(1000);
    expect(DEFAULT_LIMITS.socketEventsPerWindow).toBeGreaterThanOrEqual(100);
    const limits = loadConfig({ COLLAB_CONNECTIONS_PER_USER: '0', API_RATE_LIMIT: '20', API_RATE_WINDOW_MS: '1000', SOCKET_EVENT_LIMIT: '0' }).limits;
    expect(limits).toMatchObject({ maxCollabConnectionsPerUser: 0, apiRequestsPerWindow: 20, apiWindowMs: 1000, socketEventsPerWindow: 0 });
    expect(() => loadConfig({ API_RATE_LIMIT: 'lots' })).toThrow();
  });
});
