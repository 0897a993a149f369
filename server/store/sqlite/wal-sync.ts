// Makes commits durable off the event loop. SQLite runs with synchronous=NORMAL, so a commit appends
// to the write-ahead log without waiting for the disk; the store then fdatasyncs that log through
// libuv's thread pool and acknowledges the write only once it is on disk. The bytes on disk are
// those synchronous=FULL would have left, but the main thread relays edits while the disk works,
// and commits made meanwhile share one sync.
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { GroupCommit } from '../../group-commit.ts';

/** How a sync reaches the disk; tests substitute one they can hold back. */
export type SyncFile = (handle: FileHandle) => Promise<void>;

const fdatasync: SyncFile = (handle) => handle.datasync();

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export class WalSync {
  private handle: FileHandle | undefined;
  /** The latest sync asked for; the ones before it finish first. */
  private lastSync: Promise<void> = Promise.resolve();
  private readonly syncs: GroupCommit<void>;

  constructor(
    private readonly walFile: string,
    sync: SyncFile = fdatasync,
  ) {
    // One sync at a time (the group commit drains in order), so the handle is opened by one caller.
    this.syncs = new GroupCommit(async () => {
      const handle = await this.walHandle();
      if (handle) await sync(handle);
    });
  }

  /** Resolves once every commit made before the call is on disk (syncs requested together share one). */
  durable(): Promise<void> {
    const sync = this.syncs.add();
    this.lastSync = sync.catch(() => undefined);
    return sync;
  }

  /** Waits for the syncs asked for so far, then lets go of the file (the database closes after it). */
  async close(): Promise<void> {
    await this.lastSync;
    await this.handle?.close();
    this.handle = undefined;
  }

  // Opened at the first sync, after a commit has created the log (no log yet: nothing was written,
  // nothing to sync). The folder is synced once too, so the log's own directory entry survives a
  // power cut along with what it holds.
  private async walHandle(): Promise<FileHandle | undefined> {
    if (this.handle) return this.handle;
    let handle: FileHandle;
    try {
      handle = await open(this.walFile, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      await syncFolder(path.dirname(this.walFile));
    } catch (error) {
      await handle.close();
      throw error;
    }
    this.handle = handle;
    return handle;
  }
}
