import { afterEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import * as Y from 'yjs';
import { UpdateLog } from '../../server/collab/index.ts';
import { createNote, registerUser } from '../helpers/api.ts';
import { startServerProcess } from '../helpers/server-process.ts';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('content').toString();
}

describe('collaboration persistence', () => {
  const clients: CollabClient[] = [];
  const servers: TestServer[] = [];
  const dirs: string[] = [];

  function client(wsUrl: string, docName: string, token: string): CollabClient {
    const created = connectClient(wsUrl, docName, { token, savedNotices: true });
    clients.push(created);
    return created;
  }

  async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
    const started = await startTestServer(options);
    servers.push(started);
    return started;
  }

  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const s of servers.splice(0)) await s.close();
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('keeps edits across a server restart on the same data directory', async () => {
    const first = await startTestServer();
    const owner = await registerUser(first.url);
    const { docName } = await createNote(first.url, owner);
    const writer = client(first.wsUrl, docName, owner.token);
    await writer.synced();
    writer.text.insert(0, 'Nansha free-trade zone logistics hub');
    await waitFor(() => writer.isSaved(), 'saved');
    writer.destroy();
    await first.close({ keepData: true });

    const second = await server({ dataDir: first.dataDir });
    const reader = client(second.wsUrl, docName, owner.token);
    await reader.synced();
    expect(reader.text.toString()).toBe('Nansha free-trade zone logistics hub');
  });

  it('flushes pending writes on graceful shutdown', async () => {
    const first = await startTestServer({ limits: { flushDelayMs: 60_000 } });
    const owner = await registerUser(first.url);
    const { docName } = await createNote(first.url, owner);
    const writer = client(first.wsUrl, docName, owner.token);
    await writer.synced();
    writer.text.insert(0, 'written just before SIGTERM');
    const shared = await first.app.registry.find(docName);
    await waitFor(() => shared?.doc.getText('content').length === 27, 'server to receive the edit');
    expect(writer.isSaved()).toBe(false);
    await first.close({ keepData: true });

    const second = await server({ dataDir: first.dataDir });
    const reader = client(second.wsUrl, docName, owner.token);
    await reader.synced();
    expect(reader.text.toString()).toBe('written just before SIGTERM');
  });

  it('loses nothing it acknowledged as saved when the process is killed with SIGKILL', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    const first = await startServerProcess(dataDir);
    const owner = await registerUser(first.url);
    const { docName } = await createNote(first.url, owner);
    const writer = client(first.wsUrl, docName, owner.token);
    await writer.synced();
    for (let i = 0; i < 40; i++) writer.text.insert(writer.text.length, `line ${i}\n`);
    await waitFor(() => writer.isSaved(), 'saved');
    const expected = writer.text.toString();
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    writer.destroy();

    const second = await startServerProcess(dataDir);
    try {
      const reader = client(second.wsUrl, docName, owner.token);
      await reader.synced();
      expect(reader.text.toString()).toBe(expected);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('batches a burst of keystrokes into far fewer stored updates', async () => {
    const running = await server({ limits: { flushDelayMs: 50, compactAfterUpdates: 10_000 } });
    const owner = await registerUser(running.url);
    const { docName } = await createNote(running.url, owner);
    const writer = client(running.wsUrl, docName, owner.token);
    await writer.synced();
    for (let i = 0; i < 200; i++) writer.text.insert(writer.text.length, 'x');
    await waitFor(() => writer.isSaved(), 'saved');
    const stored = await running.store.collection('ydoc_updates').count({ doc: docName });
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(20);
  });

  it('compacts a long log into a snapshot and loads the document identically', async () => {
    const running = await server({ limits: { flushDelayMs: 1, compactAfterUpdates: 10 } });
    const owner = await registerUser(running.url);
    const { docName } = await createNote(running.url, owner);
    const writer = client(running.wsUrl, docName, owner.token);
    await writer.synced();
    for (let i = 0; i < 60; i++) {
      writer.text.insert(writer.text.length, `${i} `);
      if (i % 7 === 0) writer.text.delete(0, 1);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await waitFor(() => writer.isSaved(), 'saved');
    const snapshot = await running.store.collection('ydoc_snapshots').findOne({ _id: docName });
    expect(snapshot).not.toBeNull();
    expect(await running.store.collection('ydoc_updates').count({ doc: docName })).toBeLessThan(10);

    const loaded = new Y.Doc();
    for (const update of (await new UpdateLog(running.store).load(docName)).updates) Y.applyUpdate(loaded, update);
    expect(loaded.getText('content').toString()).toBe(writer.text.toString());
  });

  it('folds a stored log already past the threshold into the snapshot when the document opens, keeping who wrote it', async () => {
    const running = await server({ limits: { compactAfterUpdates: 10 } });
    const owner = await registerUser(running.url);
    const { docName } = await createNote(running.url, owner);
    // A log as a release that never compacted left it: 30 entries, none folded yet.
    const log = new UpdateLog(running.store);
    const typed = new Y.Doc();
    const entries: Uint8Array[] = [];
    typed.on('update', (update: Uint8Array) => entries.push(update));
    for (let i = 0; i < 30; i++) typed.getText('content').insert(0, `${i};`);
    for (const entry of entries) await log.append(docName, entry, [{ userId: owner.user.id, updates: 1 }]);
    const history = await log.editHistory(docName);

    const reader = client(running.wsUrl, docName, owner.token);
    await reader.synced();
    expect(reader.text.toString()).toBe(typed.getText('content').toString());
    await waitFor(async () => (await log.load(docName)).tailLength === 0, 'the long tail to be folded without any new edit');
    expect(await log.editHistory(docName)).toEqual(history);
    expect(textOf((await log.load(docName)).updates)).toBe(typed.getText('content').toString());
  });

  it('unloads a document after its last client leaves and reloads it intact', async () => {
    const running = await server({ limits: { docIdleMs: 100 } });
    const owner = await registerUser(running.url);
    const { docName } = await createNote(running.url, owner);
    const writer = client(running.wsUrl, docName, owner.token);
    await writer.synced();
    writer.text.insert(0, 'Qianhai');
    await waitFor(() => writer.isSaved(), 'saved');
    expect(running.app.registry.openCount).toBe(1);
    writer.destroy();
    await waitFor(() => running.app.registry.openCount === 0, 'document to leave memory');
    const reader = client(running.wsUrl, docName, owner.token);
    await reader.synced();
    expect(reader.text.toString()).toBe('Qianhai');
  });
});

describe('graceful shutdown of the real process', () => {
  it('stores edits still waiting in the batch window when SIGTERM arrives', async () => {
    const dataDir = await makeTempDir();
    try {
      const first = await startServerProcess(dataDir);
      const owner = await registerUser(first.url);
      const { docName } = await createNote(first.url, owner);
      const writer = connectClient(first.wsUrl, docName, { token: owner.token, noReconnect: true });
      const observer = connectClient(first.wsUrl, docName, { token: owner.token, noReconnect: true });
      await Promise.all([writer.synced(), observer.synced()]);
      writer.text.insert(0, 'Zhuhai–Macao corridor');
      // The server relays an edit as soon as it arrives but stores it only after its batch
      // window, so the observer seeing it means the server holds it, most likely unsaved.
      await waitFor(() => observer.text.length > 0, 'the server to relay the edit');
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      writer.destroy();
      observer.destroy();

      const second = await startServerProcess(dataDir);
      const reader = connectClient(second.wsUrl, docName, { token: owner.token });
      await reader.synced();
      const text = reader.text.toString();
      reader.destroy();
      second.child.kill('SIGTERM');
      await second.exited;
      expect(text).toBe('Zhuhai–Macao corridor');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
