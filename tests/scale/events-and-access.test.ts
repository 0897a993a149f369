// What is not document content also crosses instances: Socket.IO events through the Redis adapter,
// access changes (a revoked share cuts the collaboration socket on whichever instance holds it) and
// document flags such as the size guard's "full".
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { CollabCloseCode, type ClientToServerEvents, type ServerToClientEvents } from '../../shared/protocol.ts';
import type { NoteSummary } from '../../shared/schemas/notes.ts';
import { bearer, createNote, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { describeWithRedis, startCluster, type TestCluster } from './cluster.ts';

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

describeWithRedis('events and access across instances', () => {
  let cluster: TestCluster;
  let owner: TestUser;
  let guest: TestUser;
  const sockets: AppSocket[] = [];
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster(2);
    owner = await registerUser(cluster.instances[0].url, 'Li Wei');
    guest = await registerUser(cluster.instances[0].url, 'Karen Kwok');
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    for (const client of clients.splice(0)) client.destroy();
  });

  afterAll(async () => {
    await cluster.close();
  });

  async function socketOn(instance: number, user: TestUser): Promise<AppSocket> {
    const socket: AppSocket = io(cluster.instances[instance].url, { auth: { token: user.token }, transports: ['websocket'] });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return socket;
  }

  it('delivers a user-room event emitted on one instance to the user socket on another', async () => {
    const socket = await socketOn(1, guest);
    const received: NoteSummary[] = [];
    socket.on('note:shared', (note) => received.push(note));
    const note = await createNote(cluster.instances[0].url, owner, 'Drone distribution in ASEAN');
    await shareNote(cluster.instances[0].url, owner, note.id, guest.user.email, 'read');
    await waitFor(() => received.length === 1, 'the share event to cross instances');
    expect(received[0].id).toBe(note.id);
  });

  it('cuts a collaboration socket on another instance as soon as its share is revoked', async () => {
    const note = await createNote(cluster.instances[0].url, owner);
    await shareNote(cluster.instances[0].url, owner, note.id, guest.user.email, 'write');
    const client = connectClient(cluster.instances[1].wsUrl, note.docName, { token: guest.token, noReconnect: true });
    clients.push(client);
    await client.synced();
    const response = await fetch(`${cluster.instances[0].url}/api/notes/${note.id}/shares/${encodeURIComponent(guest.user.email)}`, {
      method: 'DELETE',
      headers: bearer(owner),
    });
    expect(response.status).toBeLessThan(300);
    await waitFor(() => client.closeEvents.includes(CollabCloseCode.AccessRevoked), 'the revoked socket on the other instance to be closed');
  });

  it('raises a document flag on every instance', async () => {
    const [first, second] = cluster.instances.map((instance) => instance.app.registry.flags);
    first.set('dossier:flag-check', 'full', true);
    await waitFor(() => second.has('dossier:flag-check', 'full'), 'the flag to reach the other instance');
    first.set('dossier:flag-check', 'full', false);
    await waitFor(() => !second.has('dossier:flag-check', 'full'), 'the cleared flag to reach the other instance');
  });
});
