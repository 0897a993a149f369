// Ending a session cuts its connections on every instance: two instances over one store and a
// real Redis, the sockets on one, the logout or password change on the other.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { CollabCloseCode } from '../../shared/protocol.ts';
import { bearer, createNote, postJson, registerUser } from '../helpers/api.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { describeWithRedis, startCluster, type TestCluster } from '../scale/cluster.ts';
import { storedDoc } from '../security/stored-doc.ts';
import { me } from './auth-client.ts';
import { anotherSession, openSocket, RawWriter, type TrackedSocket } from './session-clients.ts';

const CUT_BOUND_MS = 1_000;

describeWithRedis('ending a session across instances', () => {
  let cluster: TestCluster;
  const clients: CollabClient[] = [];
  const sockets: TrackedSocket[] = [];
  const writers: RawWriter[] = [];

  beforeAll(async () => {
    cluster = await startCluster(2);
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const { socket } of sockets.splice(0)) socket.disconnect();
    for (const writer of writers.splice(0)) writer.close();
  });

  afterAll(async () => {
    await cluster.close();
  });

  const url = (index: number) => cluster.instances[index].url;
  const cutByServer = (tracked: TrackedSocket) => tracked.disconnectedWith === 'io server disconnect';

  function editor(index: number, docName: string, token: string): CollabClient {
    const client = connectClient(cluster.instances[index].wsUrl, docName, { token, noReconnect: true });
    clients.push(client);
    return client;
  }

  async function socketOn(index: number, token: string): Promise<TrackedSocket> {
    const tracked = await openSocket(url(index), token);
    sockets.push(tracked);
    return tracked;
  }

  it('a logout on one instance cuts the session\'s sockets on the other, and what they still send is not stored', async () => {
    const owner = await registerUser(url(0), 'Li Wei');
    const note = await createNote(url(0), owner);
    const client = editor(1, note.docName, owner.token);
    const socket = await socketOn(1, owner.token);
    const writer = await RawWriter.open(cluster.instances[1].wsUrl, note.docName, owner.token);
    if (typeof writer === 'number') throw new Error(`collaboration upgrade refused with ${writer}`);
    writers.push(writer);
    await client.synced();
    writer.write('before ');
    const stored = async () => (await storedDoc(cluster.instances[1], note.docName)).getText('content').toString();
    await waitFor(async () => (await stored()) === 'before ', 'the write before logout to be stored');

    writer.stopReading();
    let closedAt = 0;
    client.provider.on('connection-close', () => {
      closedAt ||= performance.now();
    });
    const sentAt = performance.now();
    expect((await postJson(`${url(0)}/api/auth/logout`, {}, bearer(owner))).status).toBe(204);
    writer.write('after');
    writer.resumeReading();

    await waitFor(() => closedAt > 0, 'the collaboration socket on the other instance to be closed');
    const cutMs = Math.round(closedAt - sentAt);
    console.info(`[session-end] logout cut across instances in ${cutMs} ms`);
    expect(cutMs).toBeLessThan(CUT_BOUND_MS);
    expect(client.closeEvents).toEqual([CollabCloseCode.SessionEnded]);
    expect(await writer.closed).toBe(CollabCloseCode.SessionEnded);
    await waitFor(() => cutByServer(socket), 'the Socket.IO connection on the other instance to be cut');
    expect(await stored()).toBe('before ');
  });

  it('a password change on one instance cuts the other sessions on the other instance and keeps its own', async () => {
    const owner = await registerUser(url(0), 'Karen Kwok');
    const phone = await anotherSession(url(1), owner);
    const note = await createNote(url(0), owner);
    const [current, other] = [editor(1, note.docName, owner.token), editor(1, note.docName, phone.token)];
    const [currentSocket, otherSocket] = [await socketOn(1, owner.token), await socketOn(1, phone.token)];
    await Promise.all([current.synced(), other.synced()]);

    const response = await postJson(`${url(0)}/api/auth/password`, { currentPassword: owner.password, newPassword: 'Victoria-harbour-ferry-19' }, bearer(owner));
    expect(response.status).toBe(204);
    await waitFor(() => other.closeEvents.includes(CollabCloseCode.SessionEnded), 'the other session\'s collaboration socket to be cut');
    await waitFor(() => cutByServer(otherSocket), 'the other session\'s Socket.IO connection to be cut');
    expect((await me(cluster.instances[1], bearer(phone))).status).toBe(401);
    expect(current.closeEvents).toEqual([]);
    expect(currentSocket.socket.connected).toBe(true);
  });

  it('sign out everywhere on one instance cuts every session on both', async () => {
    const owner = await registerUser(url(0), 'Chan Siu Ming');
    const tablet = await anotherSession(url(1), owner);
    const note = await createNote(url(0), owner);
    const editors = [editor(0, note.docName, owner.token), editor(1, note.docName, tablet.token)];
    const tracked = [await socketOn(0, tablet.token), await socketOn(1, owner.token)];
    await Promise.all(editors.map((client) => client.synced()));

    expect((await postJson(`${url(1)}/api/auth/logout-everywhere`, {}, bearer(owner))).status).toBe(204);
    await waitFor(() => editors.every((client) => client.closeEvents.includes(CollabCloseCode.SessionEnded)), 'every collaboration socket to be cut');
    await waitFor(() => tracked.every(cutByServer), 'every Socket.IO connection to be cut');
  });

  // Last: it stops Redis, which the cases above need.
  it('a session ended while Redis was away is cut on the other instance once Redis is back', async () => {
    const owner = await registerUser(url(0), 'Ho Yin');
    const note = await createNote(url(0), owner);
    const client = editor(1, note.docName, owner.token);
    const socket = await socketOn(1, owner.token);
    await client.synced();
    await cluster.redis.kill();
    expect((await postJson(`${url(0)}/api/auth/logout`, {}, bearer(owner))).status).toBe(204);
    expect(client.closeEvents).toEqual([]);
    await cluster.redis.restart();
    await waitFor(() => client.closeEvents.includes(CollabCloseCode.SessionEnded), 'the collaboration socket to be cut after Redis returned', 15_000);
    await waitFor(() => cutByServer(socket), 'the Socket.IO connection to be cut after Redis returned', 15_000);
  });
});
