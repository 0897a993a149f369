// The client's one way to listen to the Socket.IO connection, against a real Socket.IO server on
// port 0: handlers get the shared protocol's payloads, the cleanup detaches exactly its own
// handlers, and a connect handler tells a return after a drop from the first connection.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { io } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { subscribeToNoteEvents } from '../../client/src/notes/note-events.ts';
import type { RealtimeSocket } from '../../client/src/lib/realtime-socket.ts';
import { connectListener, listen } from '../../client/src/lib/socket-listen.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol.ts';
import { waitFor } from '../helpers/wait.ts';

type PushingSocket = ServerSocket<ClientToServerEvents, ServerToClientEvents>;

describe('listen (client socket handlers)', () => {
  let http: HttpServer;
  let server: Server<ClientToServerEvents, ServerToClientEvents>;
  let url = '';
  const arrivals: PushingSocket[] = [];
  const clients: RealtimeSocket[] = [];

  beforeAll(async () => {
    http = createServer();
    server = new Server(http);
    server.on('connection', (socket) => arrivals.push(socket));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.disconnect();
    arrivals.splice(0);
  });

  afterAll(async () => {
    await server.close();
  });

  /** A client that retries at once after a drop, as the app's does (only faster). */
  function client(autoConnect = true): RealtimeSocket {
    const socket: RealtimeSocket = io(url, { transports: ['websocket'], forceNew: true, autoConnect, reconnectionDelay: 10, reconnectionDelayMax: 20 });
    clients.push(socket);
    return socket;
  }

  /** The server's side of a connected client: the same id on both ends. */
  async function serverSideOf(socket: RealtimeSocket): Promise<PushingSocket> {
    await waitFor(() => socket.connected && arrivals.some((arrival) => arrival.id === socket.id), 'the client to connect');
    return arrivals.find((arrival) => arrival.id === socket.id) as PushingSocket;
  }

  it("hands each pushed event to its handler with the shared protocol's payload", async () => {
    const socket = client();
    const heard: string[] = [];
    listen(socket, {
      'note:unshared': (payload) => {
        expectTypeOf(payload).toEqualTypeOf<{ id: string }>();
        heard.push(`note ${payload.id}`);
      },
      'match:removed': ({ matchId }) => heard.push(`match ${matchId}`),
    });
    const pusher = await serverSideOf(socket);
    pusher.emit('note:unshared', { id: 'n-1' });
    pusher.emit('match:removed', { matchId: 'm-1' });
    await waitFor(() => heard.length === 2, 'both pushes');
    expect(heard).toEqual(['note n-1', 'match m-1']);
  });

  it('detaches exactly its own handlers, so another subscription to the same event keeps hearing it', async () => {
    const socket = client();
    const before = socket.listeners('note:unshared').length;
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = listen(socket, { 'note:unshared': ({ id }) => first.push(id) });
    const stopSecond = listen(socket, { 'note:unshared': ({ id }) => second.push(id), 'org:left': ({ orgId }) => second.push(orgId) });
    expect(socket.listeners('note:unshared')).toHaveLength(before + 2);

    stopFirst();
    stopFirst();
    expect(socket.listeners('note:unshared')).toHaveLength(before + 1);
    const pusher = await serverSideOf(socket);
    pusher.emit('note:unshared', { id: 'n-2' });
    // Pushes arrive in order: once the later one is heard, the earlier one was handled.
    pusher.emit('org:left', { orgId: 'o-1' });
    await waitFor(() => second.includes('o-1'), 'the later push');
    expect(second).toEqual(['n-2', 'o-1']);
    expect(first).toEqual([]);

    stopSecond();
    expect(socket.listeners('note:unshared')).toHaveLength(before);
    expect(socket.hasListeners('org:left')).toBe(false);
  });

  it('tells the first connection from a return after a drop', async () => {
    const socket = client(false);
    const connections: boolean[] = [];
    listen(socket, { connect: connectListener(socket, (afterDrop) => connections.push(afterDrop)) });
    socket.connect();
    await waitFor(() => connections.length === 1, 'the first connection');
    socket.io.engine.close();
    await waitFor(() => connections.length === 2, 'the reconnection');
    expect(connections).toEqual([false, true]);
  });

  it('counts a socket connected before the handler was made as having connected before', async () => {
    const socket = client();
    await serverSideOf(socket);
    const connections: boolean[] = [];
    listen(socket, { connect: connectListener(socket, (afterDrop) => connections.push(afterDrop)) });
    socket.io.engine.close();
    await waitFor(() => connections.length === 1, 'the reconnection');
    expect(connections).toEqual([true]);
  });

  it('serves the event files: note events pass their payloads and say when to read again', async () => {
    const socket = client(false);
    const seen: string[] = [];
    const stop = subscribeToNoteEvents(socket, {
      shared: (note) => seen.push(`shared ${note.id}`),
      unshared: (id) => seen.push(`unshared ${id}`),
      reconnected: () => seen.push('reconnected'),
    });
    socket.connect();
    const pusher = await serverSideOf(socket);
    pusher.emit('note:unshared', { id: 'n-3' });
    await waitFor(() => seen.length === 1, 'the push');
    socket.io.engine.close();
    await waitFor(() => seen.length === 2, 'the reconnection');
    expect(seen).toEqual(['unshared n-3', 'reconnected']);

    stop();
    for (const event of ['note:shared', 'note:unshared', 'connect'] as const) expect(socket.hasListeners(event)).toBe(false);
  });
});
