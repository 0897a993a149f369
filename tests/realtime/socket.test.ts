// Socket.IO over real WebSockets: handshake authentication by token and cookie, the origin
// check on cookies, the protocol version check, and per-user rooms receiving note sharing events.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { isProtocolMismatch } from '../../client/src/lib/realtime-socket.ts';
import { ErrorCode, PROTOCOL_VERSION, type ClientToServerEvents, type Result, type ServerToClientEvents } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { NoteSummary } from '../../shared/schemas/notes.ts';
import { bearer, createNote, postJson, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long a socket must stay silent for us to say an event was not sent to it. */
const SILENCE_MS = 300;

interface SocketOptions {
  token?: string;
  /** `auth.protocol`, as our client sends it; outside clients send none. */
  protocol?: number;
  headers?: Record<string, string>;
}

interface Recorded {
  socket: AppSocket;
  shared: NoteSummary[];
  unshared: { id: string }[];
}

describe('Socket.IO application events', () => {
  let server: TestServer;
  const sockets: AppSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });

  afterAll(async () => {
    await server.close();
  });

  function open(options: SocketOptions = {}): AppSocket {
    const socket: AppSocket = io(server.url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: { ...(options.token === undefined ? {} : { token: options.token }), ...(options.protocol === undefined ? {} : { protocol: options.protocol }) },
      extraHeaders: options.headers,
    });
    sockets.push(socket);
    return socket;
  }

  /** Resolves once connected; rejects with the server's refusal message. */
  function connected(socket: AppSocket): Promise<AppSocket> {
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }

  /** Resolves with the connect_error message; fails if the socket connects instead. */
  async function refusal(socket: AppSocket): Promise<string> {
    return (await refusalError(socket)).message;
  }

  /** Resolves with the connect_error itself (with the `data` the server attached); fails if the socket connects. */
  function refusalError(socket: AppSocket): Promise<Error> {
    return new Promise((resolve, reject) => {
      socket.once('connect', () => reject(new Error('socket connected but should have been refused')));
      socket.once('connect_error', resolve);
    });
  }

  function whoami(socket: AppSocket): Promise<Result<PublicUser>> {
    return new Promise((resolve) => socket.emit('session:whoami', resolve));
  }

  async function recording(user: TestUser): Promise<Recorded> {
    const socket = await connected(open({ token: user.token }));
    const recorded: Recorded = { socket, shared: [], unshared: [] };
    socket.on('note:shared', (note) => recorded.shared.push(note));
    socket.on('note:unshared', (payload) => recorded.unshared.push(payload));
    return recorded;
  }


  describe('handshake', () => {
    it('connects with auth.token and whoami acknowledges the signed-in user', async () => {
      const user = await registerUser(server.url, 'Ines Duarte');
      const socket = await connected(open({ token: user.token }));
      expect(socket.connected).toBe(true);
      expect(await whoami(socket)).toEqual({ data: user.user });
    });

    it('refuses a handshake with no token with connect_error unauthenticated', async () => {
      expect(await refusal(open())).toBe('unauthenticated');
    });

    it('refuses a handshake with a made-up or empty token with connect_error unauthenticated', async () => {
      expect(await refusal(open({ token: 'made-up-session-token' }))).toBe('unauthenticated');
      expect(await refusal(open({ token: '' }))).toBe('unauthenticated');
      expect(await refusal(open({ token: 'x'.repeat(5000) }))).toBe('unauthenticated');
    });

    it('refuses the token of a session that has logged out', async () => {
      const user = await registerUser(server.url);
      expect((await postJson(`${server.url}/api/auth/logout`, {}, bearer(user))).status).toBe(204);
      expect(await refusal(open({ token: user.token }))).toBe('unauthenticated');
    });

    it('accepts the session cookie from a same-origin page', async () => {
      const user = await registerUser(server.url);
      const socket = await connected(open({ headers: { cookie: user.cookie, origin: server.url } }));
      expect(await whoami(socket)).toEqual({ data: user.user });
    });

    it('refuses the session cookie when the page is on a foreign origin', async () => {
      const user = await registerUser(server.url);
      const message = await refusal(open({ headers: { cookie: user.cookie, origin: 'http://evil.example' } }));
      expect(message).toBe('unauthenticated');
    });

    it('prefers an explicit auth.token over the ambient cookie', async () => {
      const cookieOwner = await registerUser(server.url, 'Cookie Owner');
      const tokenOwner = await registerUser(server.url, 'Token Owner');
      const socket = await connected(open({ token: tokenOwner.token, headers: { cookie: cookieOwner.cookie, origin: server.url } }));
      expect(await whoami(socket)).toEqual({ data: tokenOwner.user });
    });
  });

  describe('protocol version', () => {
    it('refuses a client of another version with connect_error protocol_mismatch, before looking at its session', async () => {
      const user = await registerUser(server.url);
      for (const options of [{ token: user.token, protocol: PROTOCOL_VERSION + 1 }, { protocol: PROTOCOL_VERSION - 1 }]) {
        const error = await refusalError(open(options));
        expect(error.message).toBe(ErrorCode.ProtocolMismatch);
        expect('data' in error ? error.data : undefined).toEqual({ code: ErrorCode.ProtocolMismatch, protocol: PROTOCOL_VERSION });
        expect(isProtocolMismatch(error)).toBe(true);
      }
    });

    it('accepts a client naming our version, and socket.io-client with only auth.token (the public contract)', async () => {
      const user = await registerUser(server.url);
      for (const options of [{ token: user.token, protocol: PROTOCOL_VERSION }, { token: user.token }]) {
        const socket = await connected(open(options));
        expect(await whoami(socket)).toEqual({ data: user.user });
      }
    });

    it('tells a refused session apart from a refused version', async () => {
      const error = await refusalError(open({ token: 'made-up-session-token', protocol: PROTOCOL_VERSION }));
      expect(error.message).toBe(ErrorCode.Unauthenticated);
      expect(isProtocolMismatch(error)).toBe(false);
    });
  });

  describe('per-user rooms', () => {
    it("sends note:shared to both of B's open sockets and not to a third user C", async () => {
      const [alice, bea, chen] = await Promise.all([
        registerUser(server.url, 'Alice'),
        registerUser(server.url, 'Bea'),
        registerUser(server.url, 'Chen'),
      ]);
      const [beaLaptop, beaPhone, chenSocket, aliceSocket] = await Promise.all([
        recording(bea),
        recording(bea),
        recording(chen),
        recording(alice),
      ]);
      const note = await createNote(server.url, alice, 'Izmir textile mills');
      await shareNote(server.url, alice, note.id, bea.user.email, 'write');

      await waitFor(() => beaLaptop.shared.length === 1 && beaPhone.shared.length === 1, "note:shared on both of Bea's sockets");
      for (const received of [beaLaptop.shared[0], beaPhone.shared[0]]) {
        expect(received).toMatchObject({ id: note.id, docName: note.docName, title: 'Izmir textile mills', owner: alice.user, access: 'write' });
        expect(received.shares).toEqual([]);
      }
      await quietFor(SILENCE_MS, 'note:shared would have reached Chen or Alice');
      expect(chenSocket.shared).toEqual([]);
      expect(aliceSocket.shared).toEqual([]);
      expect(beaLaptop.shared).toHaveLength(1);
    });

    it('sends note:shared again with the new access when a share changes', async () => {
      const [alice, bea] = await Promise.all([registerUser(server.url), registerUser(server.url)]);
      const beaSocket = await recording(bea);
      const note = await createNote(server.url, alice);
      await shareNote(server.url, alice, note.id, bea.user.email, 'read');
      await shareNote(server.url, alice, note.id, bea.user.email, 'write');
      await waitFor(() => beaSocket.shared.length === 2, 'two note:shared events');
      expect(beaSocket.shared.map((received) => received.access)).toEqual(['read', 'write']);
    });

    it("sends note:unshared with the note id to both of B's sockets, and not to C", async () => {
      const [alice, bea, chen] = await Promise.all([registerUser(server.url), registerUser(server.url), registerUser(server.url)]);
      const note = await createNote(server.url, alice);
      await shareNote(server.url, alice, note.id, bea.user.email, 'read');
      await shareNote(server.url, alice, note.id, chen.user.email, 'read');
      const [beaLaptop, beaPhone, chenSocket] = await Promise.all([recording(bea), recording(bea), recording(chen)]);

      const response = await fetch(`${server.url}/api/notes/${note.id}/shares/${encodeURIComponent(bea.user.email)}`, {
        method: 'DELETE',
        headers: bearer(alice),
      });
      expect(response.status).toBe(200);
      await waitFor(() => beaLaptop.unshared.length === 1 && beaPhone.unshared.length === 1, "note:unshared on both of Bea's sockets");
      expect(beaLaptop.unshared[0]).toEqual({ id: note.id });
      expect(beaPhone.unshared[0]).toEqual({ id: note.id });
      await quietFor(SILENCE_MS, 'note:unshared would have reached Chen');
      expect(chenSocket.unshared).toEqual([]);
    });

    it('sends nothing when a share is refused', async () => {
      const [alice, bea, chen] = await Promise.all([registerUser(server.url), registerUser(server.url), registerUser(server.url)]);
      const chenSocket = await recording(chen);
      const note = await createNote(server.url, alice);
      await shareNote(server.url, alice, note.id, bea.user.email, 'write');
      const refused = await postJson(`${server.url}/api/notes/${note.id}/shares`, { email: chen.user.email, access: 'write' }, bearer(bea));
      expect(refused.status).toBe(403);
      await quietFor(SILENCE_MS, 'the refused share would have been pushed to Chen');
      expect(chenSocket.shared).toEqual([]);
    });

    it('sends no note:unshared to someone the note was never shared with, including its owner', async () => {
      const [alice, chen] = await Promise.all([registerUser(server.url), registerUser(server.url)]);
      const [aliceSocket, chenSocket] = await Promise.all([recording(alice), recording(chen)]);
      const note = await createNote(server.url, alice);
      for (const email of [chen.user.email, alice.user.email]) {
        const response = await fetch(`${server.url}/api/notes/${note.id}/shares/${encodeURIComponent(email)}`, {
          method: 'DELETE',
          headers: bearer(alice),
        });
        expect(response.status).toBe(200);
      }
      await quietFor(SILENCE_MS, 'note:unshared would have reached Chen or the owner');
      expect(chenSocket.unshared).toEqual([]);
      expect(aliceSocket.unshared).toEqual([]);
    });
  });
});
