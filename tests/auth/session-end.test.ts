// Ending a session cuts every connection it opened, at once: logout, password change and
// "sign out everywhere" close the collaboration sockets (4401) and Socket.IO connections of the
// ended sessions, and nothing such a socket still sends is stored. Other sessions are untouched.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CollabCloseCode } from '../../shared/protocol.ts';
import type { NoteSummary } from '../../shared/schemas/notes.ts';
import { bearer, createNote, postJson, registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { storedDoc } from '../security/stored-doc.ts';
import { errorCode, login, me } from './auth-client.ts';
import { anotherSession, openSocket, RawWriter, type TrackedSocket } from './session-clients.ts';

/** A cut slower than this fails the suite; the measured figure is printed (target < 100 ms). */
const CUT_BOUND_MS = 1_000;

describe('ending a session cuts its open connections', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  const sockets: TrackedSocket[] = [];
  const writers: RawWriter[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const { socket } of sockets.splice(0)) socket.disconnect();
    for (const writer of writers.splice(0)) writer.close();
  });

  afterAll(async () => {
    await server.close();
  });

  function editor(docName: string, session: TestUser): CollabClient {
    const client = connectClient(server.wsUrl, docName, { token: session.token, noReconnect: true });
    clients.push(client);
    return client;
  }

  async function socketOf(session: TestUser): Promise<TrackedSocket> {
    const tracked = await openSocket(server.url, session.token);
    sockets.push(tracked);
    return tracked;
  }

  async function writerOf(note: NoteSummary, session: TestUser): Promise<RawWriter> {
    const writer = await RawWriter.open(server.wsUrl, note.docName, session.token);
    if (typeof writer === 'number') throw new Error(`collaboration upgrade refused with ${writer}`);
    writers.push(writer);
    return writer;
  }

  async function storedText(note: NoteSummary): Promise<string> {
    return (await storedDoc(server, note.docName)).getText('content').toString();
  }

  const cutByServer = (tracked: TrackedSocket) => tracked.disconnectedWith === 'io server disconnect';

  it('logout closes that session\'s collaboration socket with 4401 and its Socket.IO connection, and stores nothing it sends after', async () => {
    const owner = await registerUser(server.url, 'Li Wei');
    const note = await createNote(server.url, owner);
    const client = editor(note.docName, owner);
    const socket = await socketOf(owner);
    const writer = await writerOf(note, owner);
    await client.synced();
    writer.write('before-logout ');
    await waitFor(async () => (await storedText(note)).includes('before-logout'), 'the write sent before logout to be stored');

    writer.stopReading();
    let closedAt = 0;
    client.provider.on('connection-close', () => {
      closedAt ||= performance.now();
    });
    const sentAt = performance.now();
    const response = await postJson(`${server.url}/api/auth/logout`, {}, bearer(owner));
    expect(response.status).toBe(204);
    // The server has already closed this socket; the writer has not read the close frame yet.
    writer.write('after-logout');
    writer.resumeReading();

    await waitFor(() => closedAt > 0, 'the collaboration socket to be closed');
    const cutMs = Math.round(closedAt - sentAt);
    console.info(`[session-end] logout cut in ${cutMs} ms`);
    expect(cutMs).toBeLessThan(CUT_BOUND_MS);
    expect(client.closeEvents).toEqual([CollabCloseCode.SessionEnded]);
    expect(await writer.closed).toBe(CollabCloseCode.SessionEnded);
    await waitFor(() => cutByServer(socket), 'the Socket.IO connection to be cut');
    expect(await storedText(note)).toBe('before-logout ');
    expect((await me(server, bearer(owner))).status).toBe(401);
    expect(await RawWriter.open(server.wsUrl, note.docName, owner.token)).toBe(401);
  });

  it('logout leaves the same person\'s other sessions connected', async () => {
    const owner = await registerUser(server.url, 'Mei Chen');
    const laptop = await anotherSession(server.url, owner);
    const note = await createNote(server.url, owner);
    const [leaving, staying] = [editor(note.docName, owner), editor(note.docName, laptop)];
    const [leavingSocket, stayingSocket] = [await socketOf(owner), await socketOf(laptop)];
    await Promise.all([leaving.synced(), staying.synced()]);
    expect((await postJson(`${server.url}/api/auth/logout`, {}, bearer(owner))).status).toBe(204);
    await waitFor(() => leaving.closeEvents.length > 0 && cutByServer(leavingSocket), 'the logged-out session to be cut');
    staying.text.insert(0, 'still here');
    await waitFor(async () => (await storedText(note)) === 'still here', 'the other session\'s write to be stored');
    expect(staying.closeEvents).toEqual([]);
    expect(stayingSocket.socket.connected).toBe(true);
  });

  it('a password change ends every other session (sockets cut, tokens refused) and keeps the one that changed it', async () => {
    const owner = await registerUser(server.url, 'Karen Kwok');
    const phone = await anotherSession(server.url, owner);
    const note = await createNote(server.url, owner);
    const [current, other] = [editor(note.docName, owner), editor(note.docName, phone)];
    const [currentSocket, otherSocket] = [await socketOf(owner), await socketOf(phone)];
    await Promise.all([current.synced(), other.synced()]);

    const newPassword = 'Victoria-harbour-ferry-19';
    const response = await postJson(`${server.url}/api/auth/password`, { currentPassword: owner.password, newPassword }, bearer(owner));
    expect(response.status).toBe(204);

    await waitFor(() => other.closeEvents.includes(CollabCloseCode.SessionEnded), 'the other session\'s collaboration socket to be cut');
    await waitFor(() => cutByServer(otherSocket), 'the other session\'s Socket.IO connection to be cut');
    expect((await me(server, bearer(phone))).status).toBe(401);
    expect((await me(server, bearer(owner))).status).toBe(200);
    current.text.insert(0, 'kept');
    await waitFor(async () => (await storedText(note)) === 'kept', 'the current session\'s write to be stored');
    expect(current.closeEvents).toEqual([]);
    expect(currentSocket.socket.connected).toBe(true);
    expect((await login(server, owner.user.email, owner.password)).status).toBe(401);
    expect((await login(server, owner.user.email, newPassword)).status).toBe(200);
  });

  it('refuses a wrong current password or a weak new one with {error, message} and ends nothing', async () => {
    const owner = await registerUser(server.url, 'Wong Ka Fai');
    const phone = await anotherSession(server.url, owner);
    const socket = await socketOf(phone);
    const change = (body: unknown) => postJson(`${server.url}/api/auth/password`, body, bearer(owner));

    const wrong = await change({ currentPassword: 'not-my-password-at-all', newPassword: 'Victoria-harbour-ferry-19' });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toEqual({ error: 'wrong_password', message: expect.any(String) });
    const weak = await change({ currentPassword: owner.password, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(await errorCode(weak)).toBe('weak_password');
    const same = await change({ currentPassword: owner.password, newPassword: owner.password });
    expect(await errorCode(same)).toBe('weak_password');
    expect(await errorCode(await change({ newPassword: 'Victoria-harbour-ferry-19' }))).toBe('bad_request');
    expect((await postJson(`${server.url}/api/auth/password`, { currentPassword: owner.password, newPassword: 'Victoria-harbour-ferry-19' })).status).toBe(401);

    expect((await me(server, bearer(phone))).status).toBe(200);
    expect(socket.socket.connected).toBe(true);
    expect((await login(server, owner.user.email, owner.password)).status).toBe(200);
  });

  it('sign out everywhere ends every session, this one included, and clears the cookie', async () => {
    const owner = await registerUser(server.url, 'Chan Siu Ming');
    const tablet = await anotherSession(server.url, owner);
    const note = await createNote(server.url, owner);
    const sessions = [owner, tablet];
    const editors = sessions.map((session) => editor(note.docName, session));
    const tracked = await Promise.all(sessions.map((session) => socketOf(session)));
    await Promise.all(editors.map((client) => client.synced()));

    const response = await postJson(`${server.url}/api/auth/logout-everywhere`, {}, { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().some((cookie) => /^sc_session=;/.test(cookie))).toBe(true);

    await waitFor(() => editors.every((client) => client.closeEvents.includes(CollabCloseCode.SessionEnded)), 'every collaboration socket to be cut');
    await waitFor(() => tracked.every(cutByServer), 'every Socket.IO connection to be cut');
    for (const session of sessions) expect((await me(server, bearer(session))).status).toBe(401);
  });

  it('never lets a connection opened while the session ends outlive it', async () => {
    const owner = await registerUser(server.url, 'Ho Yin');
    const note = await createNote(server.url, owner);
    const opening = Array.from({ length: 12 }, () => RawWriter.open(server.wsUrl, note.docName, owner.token));
    const socketsOpening = Array.from({ length: 6 }, () => openSocket(server.url, owner.token).catch(() => null));
    const logout = postJson(`${server.url}/api/auth/logout`, {}, bearer(owner));
    const [outcomes, opened] = await Promise.all([Promise.all(opening), Promise.all(socketsOpening), logout]);
    for (const outcome of outcomes) if (typeof outcome !== 'number') writers.push(outcome);
    for (const socket of opened) if (socket) sockets.push(socket);

    await waitFor(() => outcomes.every((outcome) => typeof outcome === 'number' || outcome.closeCode === CollabCloseCode.SessionEnded), 'every collaboration socket to be refused or cut');
    await waitFor(() => opened.every((socket) => socket === null || !socket.socket.connected), 'every Socket.IO connection to be refused or cut');
    expect(outcomes.filter((outcome) => typeof outcome === 'number').every((status) => status === 401)).toBe(true);
  });
});

describe('an expiring session', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ sessionTtlMs: 1_500 });
  });

  afterAll(async () => {
    await server.close();
  });

  it('cuts its collaboration socket (4401) and Socket.IO connection when it expires', async () => {
    const owner = await registerUser(server.url, 'Lam Tsz');
    const note = await createNote(server.url, owner);
    const client = connectClient(server.wsUrl, note.docName, { token: owner.token, noReconnect: true });
    const tracked = await openSocket(server.url, owner.token);
    try {
      await client.synced();
      await waitFor(() => client.closeEvents.includes(CollabCloseCode.SessionEnded), 'the expired session\'s collaboration socket to be cut', 5_000);
      await waitFor(() => tracked.disconnectedWith === 'io server disconnect', 'the expired session\'s Socket.IO connection to be cut');
      expect((await me(server, bearer(owner))).status).toBe(401);
    } finally {
      client.destroy();
      tracked.socket.disconnect();
    }
  });
});
