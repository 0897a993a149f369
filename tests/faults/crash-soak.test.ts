// Fault soak: three writers share a note; the server is killed with SIGKILL at a random point of
// the save window, right after it relayed everyone's latest edits (so each client holds the
// others' unstored edits), and restarted on the same data and port. All writers reconnect in the
// same tick, in every order in turn. Nobody may be closed as a forger (a stock client treats 44xx
// as final: that writer would be shut out for good), and every token typed, online or offline,
// must end up stored exactly once. CRASH_SOAK_KILLS sets the number of kills (default 12).
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { createNote, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { loadStoredDoc } from './stored-doc.ts';
import { Typist, expectAllTokens } from './typists.ts';

const KILLS = Number(process.env.CRASH_SOAK_KILLS ?? 12);
const WRITERS = 3;

/** Every order of `items` (Heap's algorithm would do; three writers have six). */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('fault soak: kill -9 in the save window, all writers back in the same tick', () => {
  const processes: ServerProcess[] = [];
  const clients: CollabClient[] = [];
  let dataDir = '';
  const figures = { kills: 0, typed: 0, stored: 0 };
  /** Writers the server ever closed with a 44xx code: a stock client stops there, shut out. */
  const shutOut = () => clients.filter((client) => client.closeEvents.some((code) => code >= 4400 && code < 4500)).length;

  afterAll(async () => {
    const writersShutOut = shutOut();
    for (const client of clients.splice(0)) client.destroy();
    for (const server of processes.splice(0)) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    process.stdout.write(
      `[fault suite] crash soak: ${figures.kills} kills × ${WRITERS} writers, ${figures.typed} edits typed, ${figures.stored} stored exactly once, ${writersShutOut} writers shut out\n`,
    );
  });

  it('keeps every writer connected and every edit, whatever the order of their return', async () => {
    dataDir = await makeTempDir();
    let server = await startServerProcess(dataDir);
    processes.push(server);
    const port = new URL(server.url).port;
    const users: TestUser[] = await Promise.all(['Owner Ong', 'Partner Pau', 'Adviser Au'].map((name) => registerUser(server.url, name)));
    const note = await createNote(server.url, users[0], 'Landing plan');
    for (const partner of users.slice(1)) await shareNote(server.url, users[0], note.id, partner.user.email, 'write');
    for (const user of users) clients.push(connectClient(server.wsUrl, note.docName, { token: user.token, savedNotices: true }));
    await Promise.all(clients.map((client) => client.synced()));
    const typists = clients.map((client, index) => new Typist(`w${index}`, client, () => client.text, 31 + index));
    const random = seeded(2026);
    const orders = permutations(clients);
    const allTokens = () => typists.flatMap((typist) => typist.tokens());
    const holdsEverything = (client: CollabClient) => allTokens().every((token) => client.text.toString().includes(token));

    for (let round = 0; round < KILLS; round += 1) {
      figures.typed = allTokens().length;
      for (let burst = 0; burst < 2 + Math.floor(random() * 4); burst += 1) for (const typist of typists) typist.type();
      await waitFor(() => clients.every(holdsEverything), 'every writer to hold every edit');
      // A random point of the save window: before, during or just after the append.
      await pause(Math.floor(random() * DEFAULT_LIMITS.flushDelayMs * 1.5));
      server.child.kill('SIGKILL');
      await server.exited;
      processes.splice(0);
      figures.kills += 1;
      for (const client of clients) client.provider.disconnect();
      // Offline meanwhile, as people keep typing through an outage.
      for (const typist of typists) if (random() < 0.5) typist.type();

      server = await startServerProcess(dataDir, { PORT: port });
      processes.push(server);
      // The same tick, each round a different order.
      for (const client of orders[round % orders.length]) client.provider.connect();
      await waitFor(() => clients.every((client) => client.provider.wsconnected && client.provider.synced), `round ${round}: every writer back`, 15_000);
      await waitFor(() => clients.every((client) => client.isSaved() && holdsEverything(client)), `round ${round}: every edit saved and everywhere`, 15_000);
      expect(shutOut(), `round ${round}: writers closed as forgers`).toBe(0);
    }

    figures.typed = allTokens().length;
    for (const client of clients) expectAllTokens(client.text.toString(), allTokens(), 'a writer’s screen');
    server.child.kill('SIGKILL');
    await server.exited;
    processes.splice(0);
    const store = await EmbeddedStore.open(dataDir);
    try {
      figures.stored = expectAllTokens((await loadStoredDoc(store, note.docName)).getText('content').toString(), allTokens(), 'the store');
    } finally {
      await store.close();
    }
    expect(figures.stored).toBe(figures.typed);
  }, 30_000 + KILLS * 10_000);
});
