import { mkdtemp, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteCollection } from '../../server/store/sqlite/sqlite-collection.ts';
import { SqliteFile } from '../../server/store/sqlite/sqlite-file.ts';

interface Note {
  _id: string;
  title: string;
}

/** A disk whose syncs wait until the test lets them finish (or fail). */
function heldDisk() {
  const syncs: { handle: FileHandle; finish: () => void; fail: (error: Error) => void }[] = [];
  const sync = (handle: FileHandle) => new Promise<void>((finish, fail) => syncs.push({ handle, finish, fail }));
  return { syncs, sync };
}

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true), () => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('embedded store: writes are acknowledged once the write-ahead log is on disk', () => {
  let dir = '';
  let file: SqliteFile | undefined;

  afterEach(async () => {
    await file?.close().catch(() => undefined);
    file = undefined;
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function open(sync: (handle: FileHandle) => Promise<void>) {
    dir = await mkdtemp(path.join(tmpdir(), 'wal-sync-'));
    file = new SqliteFile(path.join(dir, 'store.sqlite'), sync);
    return new SqliteCollection<Note>(file, 'notes');
  }

  it('does not answer an insert, update or delete before the sync of the log it asked for', async () => {
    const disk = heldDisk();
    const notes = await open(disk.sync);
    const writes = [
      () => notes.insertOne({ _id: 'a', title: 'Term sheet' }),
      () => notes.updateOne({ _id: 'a' }, { $set: { title: 'Term sheet v2' } }),
      () => notes.deleteMany({ _id: 'a' }),
    ];
    for (const [index, write] of writes.entries()) {
      const pending = write();
      await waitFor(() => disk.syncs.length === index + 1);
      expect(await settled(pending)).toBe(false);
      expect(disk.syncs[index].handle).toBeDefined();
      disk.syncs[index].finish();
      await pending;
    }
    expect(await notes.findOne({ _id: 'a' })).toBeNull();
  });

  it('syncs the -wal file beside the database', async () => {
    const synced: string[] = [];
    const notes = await open(async (handle) => {
      synced.push(await import('node:fs/promises').then((fs) => fs.realpath(`/proc/self/fd/${handle.fd}`)));
    });
    await notes.insertOne({ _id: 'a', title: 'NDA' });
    expect(synced).toEqual([await import('node:fs/promises').then((fs) => fs.realpath(path.join(dir, 'store.sqlite-wal')))]);
  });

  it('lets commits made during a sync share the next one', async () => {
    const disk = heldDisk();
    const notes = await open(disk.sync);
    const first = notes.insertOne({ _id: 'first', title: 'first' });
    await waitFor(() => disk.syncs.length === 1);
    const later = Array.from({ length: 5 }, (_, index) => notes.insertOne({ _id: `later-${index}`, title: 'later' }));
    disk.syncs[0].finish();
    await first;
    await waitFor(() => disk.syncs.length === 2);
    for (const write of later) expect(await settled(write)).toBe(false);
    disk.syncs[1].finish();
    await Promise.all(later);
    expect(disk.syncs).toHaveLength(2);
    expect(await notes.count({})).toBe(6);
  });

  it('does not acknowledge a write whose sync failed, and syncs again for the next', async () => {
    const disk = heldDisk();
    const notes = await open(disk.sync);
    const failing = notes.insertOne({ _id: 'a', title: 'lost?' });
    await waitFor(() => disk.syncs.length === 1);
    disk.syncs[0].fail(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    await expect(failing).rejects.toThrow(/EIO/);
    const next = notes.insertOne({ _id: 'b', title: 'next' });
    await waitFor(() => disk.syncs.length === 2);
    disk.syncs[1].finish();
    await next;
  });

  it('answers a write that changed nothing without waiting for the disk', async () => {
    const disk = heldDisk();
    const notes = await open(disk.sync);
    expect(await notes.updateOne({ _id: 'missing' }, { $set: { title: 'x' } })).toBe(0);
    expect(await notes.deleteMany({ _id: 'missing' })).toBe(0);
    expect(disk.syncs).toHaveLength(0);
  });
});
