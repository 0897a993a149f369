// Fault: kill -9 while REST writes (sign-ups, note creations, renames) and collaboration edits are
// in flight. Every write the server acknowledged — a 2xx answer, or a Saved notice covering an
// edit — must be in the store afterwards, the SQLite file must pass its integrity check, and the
// restarted server must serve all of it. Unacknowledged writes may land or not; nothing else may.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/index.ts';
import { STORE_FILE } from '../../server/store/sqlite/sqlite-file.ts';
import type { NoteSummary } from '../../shared/schemas/notes.ts';
import { createNote, postJson, registerUser, STRONG_PASSWORD, type TestUser } from '../helpers/api.ts';
import { ChildServerRig, startServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient } from '../helpers/yjs-clients.ts';
import { loadStoredDoc } from './stored-doc.ts';
import { FaultTally, Typist, expectAllTokens, keepTyping } from './typists.ts';

const tally = new FaultTally('acknowledged writes across kill -9');

/** What the clients were told was stored; filled as answers arrive, read after the kill. */
interface Acknowledged {
  signups: string[];
  notes: { id: string; title: string }[];
  /** The last rename of the renamed note that was answered 200, as its number. */
  renamedTo: number;
}

const bearer = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

/** Runs `write` again and again until it throws (the server is gone) or `stop()` is called. */
function writeLoop(write: (n: number) => Promise<void>): { stop: () => void; done: Promise<void> } {
  let running = true;
  const done = (async () => {
    for (let n = 0; running; n++) {
      try {
        await write(n);
      } catch {
        // The connection died with the server: this write was never acknowledged, so it proves nothing.
        return;
      }
    }
  })();
  return { stop: () => (running = false), done };
}

describe('fault: kill -9 under REST and collaboration writes', () => {
  const rig = new ChildServerRig();
  afterEach(() => rig.tearDown());
  afterAll(() => tally.print());

  it('keeps every acknowledged write, leaves an intact store, and serves it all after the restart', async () => {
    const dataDir = await makeTempDir();
    rig.dirs.push(dataDir);
    const first = await startServerProcess(dataDir);
    rig.processes.push(first);
    const owner = await registerUser(first.url, 'Owner Ong');
    const renamed = await createNote(first.url, owner, 'rename 0');
    const shared = await createNote(first.url, owner, 'Typed through the kill');
    const typists = [0, 1].map((index) => {
      const client = connectClient(first.wsUrl, shared.docName, { token: owner.token, savedNotices: true });
      rig.clients.push(client);
      return new Typist(`t${index}`, client, () => client.text, 40 + index);
    });
    await Promise.all(typists.map((typist) => typist.client.synced()));

    const acked: Acknowledged = { signups: [], notes: [], renamedTo: 0 };
    const loops = [
      writeLoop(async (n) => {
        const email = `signup-${n}-${Date.now()}@example.com`;
        const response = await postJson(`${first.url}/api/auth/register`, { name: `Signup ${n}`, email, password: STRONG_PASSWORD });
        if (response.status === 201) acked.signups.push(email);
      }),
      ...[0, 1].map((lane) =>
        writeLoop(async (n) => {
          const title = `created ${lane}-${n}`;
          const response = await postJson(`${first.url}/api/notes`, { title }, bearer(owner));
          if (response.status === 201) acked.notes.push({ id: ((await response.json()) as NoteSummary).id, title });
        }),
      ),
      writeLoop(async (n) => {
        const response = await fetch(`${first.url}/api/notes/${renamed.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...bearer(owner) }, body: JSON.stringify({ title: `rename ${n + 1}` }) });
        await response.arrayBuffer();
        if (response.status === 200) acked.renamedTo = n + 1;
      }),
    ];
    const stopTyping = keepTyping(typists, 8);
    await waitFor(
      () => acked.signups.length >= 3 && acked.notes.length >= 40 && acked.renamedTo >= 20 && typists.every((typist) => typist.confirmedSaved().length >= 20),
      'writes of every kind to be acknowledged',
      60_000,
    );
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    rig.processes.splice(0);
    // Snapshot what was acknowledged at the kill: answers cannot arrive from a dead process, but copy anyway.
    const told = { signups: [...acked.signups], notes: [...acked.notes], renamedTo: acked.renamedTo, tokens: typists.map((typist) => typist.confirmedSaved()) };
    stopTyping();
    for (const loop of loops) loop.stop();
    await Promise.all(loops.map((loop) => loop.done));

    const sqlite = new Database(path.join(dataDir, STORE_FILE));
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();

    const store = await EmbeddedStore.open(dataDir);
    try {
      const notes = store.collection<{ _id: string; title: string }>('notes');
      for (const note of told.notes) expect(await notes.findOne({ _id: note.id }), note.title).toMatchObject({ title: note.title });
      const renamedTitle = (await notes.findOne({ _id: renamed.id }))?.title ?? '';
      // The rename in flight at the kill may have landed as well: never an older one than acknowledged.
      expect(Number(renamedTitle.replace('rename ', ''))).toBeGreaterThanOrEqual(told.renamedTo);
      const text = (await loadStoredDoc(store, shared.docName)).getText('content').toString();
      typists.forEach((typist, index) => expectAllTokens(text, told.tokens[index], `store after kill, ${typist.label}`));
    } finally {
      await store.close();
    }

    const second = await startServerProcess(dataDir);
    rig.processes.push(second);
    for (const email of told.signups) {
      const login = await postJson(`${second.url}/api/auth/login`, { email, password: STRONG_PASSWORD });
      expect(login.status, email).toBe(200);
    }
    const listed = (await (await fetch(`${second.url}/api/notes`, { headers: bearer(owner) })).json()) as { notes: NoteSummary[] };
    const ids = new Set(listed.notes.map((note) => note.id));
    expect(told.notes.filter((note) => !ids.has(note.id))).toEqual([]);
    tally.record(told.signups.length + told.notes.length + told.renamedTo + told.tokens.flat().length);
  }, 120_000);
});
