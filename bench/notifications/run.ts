// npx tsx bench/notifications/run.ts — notification fan-out and reads on a real server over the
// embedded store: the time from a `notify` (a deal event for N members) until every open tab of
// every member has the push, and the list / unread-count calls of a person with many stored
// notifications (indexes at work). Prints the figures and writes bench/results/notifications.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { createApp } from '../../server/app.ts';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { createNotificationCenter, NotificationRepository, type NotificationRecord } from '../../server/notifications/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol.ts';
import { createRepositories } from '../../server/wiring/repositories.ts';

const { values: args } = parseArgs({
  options: { members: { type: 'string', default: '40' }, tabs: { type: 'string', default: '2' }, rounds: { type: 'string', default: '30' }, stored: { type: 'string', default: '20000' } },
});
const MEMBERS = Number(args.members);
const TABS = Number(args.tabs);
const ROUNDS = Number(args.rounds);
const STORED = Number(args.stored);
const RESULTS = path.resolve('bench/results/notifications.json');
const PASSWORD = 'Harbour-lights-2024';

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
interface Account {
  id: string;
  name: string;
  token: string;
}

async function post<T>(url: string, pathname: string, body: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(`${url}${pathname}`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${pathname} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function register(url: string, index: number): Promise<Account & { email: string }> {
  const email = `member.${index}.${Date.now()}@bench.example`;
  const body = await post<{ token: string; user: { id: string; name: string } }>(url, '/api/auth/register', { name: `Member ${index}`, email, password: PASSWORD });
  return { id: body.user.id, name: body.user.name, token: body.token, email };
}

function connect(url: string, token: string): Promise<AppSocket> {
  const socket: AppSocket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, auth: { token } });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(2));
}

async function timed(run: () => Promise<unknown>, times: number): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sc-bench-notifications-'));
  const store = await EmbeddedStore.open(dataDir);
  const app = await createApp({ store, logger: createLogger('silent'), limits: { ...DEFAULT_LIMITS, apiRequestsPerWindow: 1_000_000, signupsPerAddress: 0 } });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const sockets: AppSocket[] = [];
  try {
    const owner = await register(url, 0);
    const deal = await post<{ id: string; title: string }>(url, '/api/deals', { title: 'Bench deal', type: 'supply' }, owner.token);
    const members = [];
    for (let i = 1; i <= MEMBERS; i += 1) {
      const member = await register(url, i);
      await post(url, `/api/deals/${deal.id}/members`, { email: member.email, role: 'adviser' }, owner.token);
      members.push(member);
    }
    for (const member of members) for (let tab = 0; tab < TABS; tab += 1) sockets.push(await connect(url, member.token));
    const repos = createRepositories(store);
    const center = createNotificationCenter({ notifications: repos.notifications, preferences: repos.preferences, io: app.io, dealMembers: repos.dealMembers, matches: repos.matches, orgMembers: repos.memberships });

    // Fan-out: notify every member, wait until every tab has the push.
    const fanOut: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      let pending = sockets.length;
      const delivered = new Promise<void>((resolve) => {
        for (const socket of sockets) socket.once('notification:created', () => (pending -= 1) === 0 && resolve());
      });
      const started = performance.now();
      await center.notify({
        type: 'deal.stage',
        recipientIds: members.map((member) => member.id),
        subject: { kind: 'deal', id: deal.id, dealId: deal.id, title: deal.title },
        actor: { id: owner.id, name: owner.name },
        data: { news: 'moved', from: 'nda', to: 'negotiation' },
      });
      await delivered;
      fanOut.push(performance.now() - started);
    }

    // Reads of one person with many stored notifications.
    const reader = members[0];
    const repository = new NotificationRepository(store);
    const at = Date.now();
    const records: NotificationRecord[] = Array.from({ length: STORED }, (_, i) => ({
      _id: `bench-${i}`,
      userId: reader.id,
      type: 'comment.mention',
      subject: { kind: 'deal', id: deal.id, dealId: deal.id, title: deal.title },
      actor: { id: owner.id, name: owner.name },
      data: { excerpt: `note ${i}` },
      at: new Date(at - i * 1000),
      read: i % 3 !== 0,
      readAt: null,
    }));
    for (let i = 0; i < records.length; i += 1000) await repository.insertMany(records.slice(i, i + 1000));
    const get = (pathname: string) => () => fetch(`${url}${pathname}`, { headers: { authorization: `Bearer ${reader.token}` } }).then((response) => response.json());
    const reads = {
      firstPage: await timed(get('/api/notifications?pageSize=20'), 30),
      unreadFiltered: await timed(get('/api/notifications?pageSize=20&unread=true'), 30),
      unreadCount: await timed(get('/api/notifications/unread-count'), 30),
    };
    const result = {
      at: new Date().toISOString(),
      store: 'embedded',
      members: MEMBERS,
      tabsPerMember: TABS,
      rounds: ROUNDS,
      fanOutMs: { p50: percentile(fanOut, 50), p95: percentile(fanOut, 95), max: percentile(fanOut, 100) },
      storedForReader: STORED + ROUNDS,
      readsMs: reads,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    for (const socket of sockets) socket.disconnect();
    await app.close();
    await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
