// Property-based fuzzing of Socket.IO: every ClientToServerEvents event (and unknown ones) with
// random payloads, wrong arity, missing acks and huge strings is answered with an error ack or
// ignored; the socket stays usable, an outsider never lands in a deal's room, the server never fails.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DASHBOARD_ROOM } from '../../server/dashboard/index.ts';
import { dealRoom } from '../../server/deals/deal-events.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { addDealMember, connectSocket, openDeal, type AppSocket } from '../deals/deal-helpers.ts';
import { FuzzTally } from './fuzz-report.ts';
import { hostileValue } from './hostile-values.ts';

const RUNS = 1000;
const EVENTS = ['session:whoami', 'deal:join', 'deal:leave', 'dashboard:watch', 'dashboard:unwatch', 'deal:unknown', 'note:delete', 'constructor'] as const;
/** Socket.IO's maxHttpBufferSize on the server; a bigger packet ends the connection. */
const MAX_PACKET_BYTES = 64 * 1024;
const CLIENT_ERRORS = new Set<string>(Object.values(ErrorCode).filter((code) => code !== ErrorCode.Internal));

interface Emission {
  event: (typeof EVENTS)[number];
  args: unknown[];
  withAck: boolean;
}

function emission(dealId: string): fc.Arbitrary<Emission> {
  const payload = fc.oneof(hostileValue, hostileValue.map((value) => ({ dealId: value })), fc.constant({ dealId }), fc.constant({ dealId, extra: { $ne: null } }));
  return fc.record({ event: fc.constantFrom(...EVENTS), args: fc.array(payload, { maxLength: 3 }), withAck: fc.boolean() });
}

/** The ack a handler gets is its last argument; only there does the server answer. */
function expectsAnswer({ event, args, withAck }: Emission): boolean {
  if (!withAck) return false;
  if (event === 'session:whoami' || event === 'dashboard:watch') return args.length === 0;
  return (event === 'deal:join' || event === 'deal:leave') && args.length === 1;
}

describe('Socket.IO payload fuzzing', () => {
  let server: TestServer;
  let owner: TestUser;
  let outsider: TestUser;
  let dealId: string;
  const sockets: AppSocket[] = [];

  beforeAll(async () => {
    // Thousands of events on one connection: the event rate limit (tested in limits.test.ts) is off.
    server = await startTestServer({ limits: { socketEventsPerWindow: 0 } });
    [owner, outsider] = await Promise.all(['Owner', 'Outsider'].map((name) => registerUser(server.url, name)));
    dealId = (await openDeal(server, owner)).id;
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });

  async function socketOf(user: TestUser): Promise<AppSocket> {
    const socket = await connectSocket(server.url, user);
    sockets.push(socket);
    return socket;
  }

  async function roomMembers(): Promise<string[]> {
    return (await server.app.io.in(dealRoom(dealId)).fetchSockets()).map((socket) => socket.data.user.id);
  }

  /** Emits as the user; checks the answer's shape and that the socket still answers afterwards. */
  async function fuzzAs(user: TestUser, tally: FuzzTally): Promise<void> {
    let socket = await socketOf(user);
    await fc.assert(
      fc.asyncProperty(emission(dealId), async (sent) => {
        tally.count(sent.event);
        const raw = socket as unknown as { emit(event: string, ...args: unknown[]): void; timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> } };
        const oversized = JSON.stringify(sent.args).length > MAX_PACKET_BYTES;
        if (oversized) {
          const closed = new Promise((resolve) => socket.once('disconnect', resolve));
          raw.emit(sent.event, ...sent.args);
          await closed;
          socket = await socketOf(user);
          return;
        }
        if (expectsAnswer(sent)) {
          const answer = (await raw.timeout(5_000).emitWithAck(sent.event, ...sent.args)) as Record<string, unknown>;
          if ('error' in answer) {
            expect(CLIENT_ERRORS.has(String(answer.error))).toBe(true);
            expect(typeof answer.message).toBe('string');
          } else expect(answer).toHaveProperty('data');
        } else raw.emit(sent.event, ...sent.args);
        expect(await socket.emitWithAck('session:whoami')).toEqual({ data: user.user });
      }),
      { numRuns: RUNS },
    );
  }

  it('answers an outsider’s hostile emits with error acks or silence, and never lets it into the deal or the admins’ dashboard', async () => {
    const tally = new FuzzTally('socket.io, outsider');
    await fuzzAs(outsider, tally);
    tally.print();
    expect(await roomMembers()).not.toContain(outsider.user.id);
    expect(await server.app.io.in(ADMIN_DASHBOARD_ROOM).fetchSockets()).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('answers a member’s hostile emits the same way; its joins and leaves stay its own', async () => {
    const member = await registerUser(server.url, 'Member');
    await addDealMember(server, owner, dealId, member, 'party');
    const tally = new FuzzTally('socket.io, deal member');
    await fuzzAs(member, tally);
    tally.print();
    expect((await roomMembers()).every((id) => id === member.user.id)).toBe(true);
    expect(await server.app.io.in(ADMIN_DASHBOARD_ROOM).fetchSockets()).toEqual([]);
  });

  it('refuses handshakes with hostile auth values', async () => {
    const { io } = await import('socket.io-client');
    const tally = new FuzzTally('socket.io handshake auth');
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileValue.map((token) => ({ token })), fc.dictionary(fc.string({ maxLength: 6 }), hostileValue)), async (auth) => {
        tally.count('auth');
        const socket = io(server.url, { transports: ['websocket'], reconnection: false, forceNew: true, auth: auth as Record<string, unknown> });
        const outcome = await new Promise<string>((resolve) => {
          socket.once('connect', () => resolve('connected'));
          socket.once('connect_error', (error) => resolve(error.message));
          socket.once('disconnect', (reason) => resolve(reason));
        });
        socket.disconnect();
        // A handshake packet past the buffer limit ends the transport before it is read.
        expect(outcome).toBe(JSON.stringify(auth).length > MAX_PACKET_BYTES ? 'transport close' : ErrorCode.Unauthenticated);
      }),
      { numRuns: 100 },
    );
    tally.print();
  });
});
