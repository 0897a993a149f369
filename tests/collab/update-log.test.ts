import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AuthorshipLog, UpdateLog } from '../../server/collab/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { makeTempDir } from '../helpers/test-server.ts';

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('content').toString();
}

/** Seeded edits from one writer, each returned as its own update. */
function editsFrom(clientID: number, count: number): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getText('content').insert(0, `${clientID}:${i};`);
  return updates;
}

describe('update log', () => {
  let dir: string;
  let store: EmbeddedStore;
  let log: UpdateLog;

  beforeEach(async () => {
    dir = await makeTempDir();
    store = await EmbeddedStore.open(dir);
    log = new UpdateLog(store);
  });

  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads a document as snapshot plus tail after compaction', async () => {
    const edits = editsFrom(1, 30);
    for (const update of edits.slice(0, 20)) await log.append('note:a', update);
    expect(await log.compact('note:a')).toBe(true);
    for (const update of edits.slice(20)) await log.append('note:a', update);
    const loaded = await log.load('note:a');
    expect(loaded.tailLength).toBe(10);
    expect(textOf(loaded.updates)).toBe(textOf(edits));
  });

  it('loses nothing when compactions race each other and concurrent appends', async () => {
    const a = editsFrom(1, 40);
    const b = editsFrom(2, 40);
    for (const update of a) await log.append('note:race', update);
    const racing = [
      log.compact('note:race'),
      log.compact('note:race'),
      ...b.map((update) => log.append('note:race', update)),
      log.compact('note:race'),
    ];
    await Promise.all(racing);
    expect(textOf((await log.load('note:race')).updates)).toBe(textOf([...a, ...b]));
    await log.compact('note:race');
    const after = await log.load('note:race');
    expect(after.tailLength).toBe(0);
    expect(textOf(after.updates)).toBe(textOf([...a, ...b]));
  });

  it('keeps documents apart', async () => {
    await log.append('note:one', editsFrom(1, 1)[0]);
    await log.append('note:two', editsFrom(2, 1)[0]);
    await log.compact('note:one');
    expect(textOf((await log.load('note:one')).updates)).toBe('1:0;');
    expect(textOf((await log.load('note:two')).updates)).toBe('2:0;');
  });

  it('tells who wrote what from the entries, and keeps it as sessions once compaction removed them', async () => {
    const [first, second, third] = editsFrom(1, 3);
    await log.append('note:who', first, [{ userId: 'alice', updates: 3 }]);
    await log.append('note:who', second, [{ userId: 'alice', updates: 2 }]);
    await log.append('note:who', third, [{ userId: 'bob', updates: 1 }]);
    await log.append('note:who', editsFrom(4, 1)[0]);
    const live = await log.editHistory('note:who');
    expect(live.map((edit) => [edit.userId, edit.updates])).toEqual([['bob', 1], ['alice', 5]]);
    expect(await log.compact('note:who')).toBe(true);
    expect((await log.load('note:who')).tailLength).toBe(0);
    expect(await log.editHistory('note:who')).toEqual(live);
    await log.append('note:who', editsFrom(2, 1)[0], [{ userId: 'bob', updates: 4 }]);
    expect((await log.editHistory('note:who')).map((edit) => [edit.userId, edit.updates])).toEqual([['bob', 5], ['alice', 5]]);
  });

  it('still shows the per-flush edit records an older data directory holds', async () => {
    const at = (minute: number) => new Date(Date.UTC(2024, 5, 1, 10, minute));
    await store.collection<{ _id: string; doc: string; userId: string; updates: number; from: Date; to: Date }>('ydoc_edits').insertOne({ _id: 'old', doc: 'note:old', userId: 'carol', updates: 7, from: at(0), to: at(1) });
    await log.append('note:old', editsFrom(3, 1)[0], [{ userId: 'dave', updates: 1 }]);
    const edits = await new AuthorshipLog(store, log).listEdits('note:old');
    expect(edits.map((edit) => [edit.userId, edit.updates])).toEqual([['dave', 1], ['carol', 7]]);
    expect(edits[1]).toMatchObject({ from: at(0).toISOString(), to: at(1).toISOString() });
  });
});
