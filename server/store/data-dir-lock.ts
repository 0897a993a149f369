// One process per embedded DATA_DIR. NeDB rewrites a datafile whenever a process loads it, so a
// second process on the same folder (a backup, the demo loader, a second server) would silently
// drop the first one's writes from disk; a pid file turns that into a clear refusal.
import { open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(`${dataDir} is in use by process ${holderPid}; stop it first (one process per embedded data folder)`);
    this.name = 'DataDirLockedError';
  }
}

const LOCK_FILE = 'LOCK';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(file: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(await readFile(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function tryCreate(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the folder for this process and resolves with the function that gives it back. A lock left
 * by a process that died (kill -9, power loss) is taken over; this process may open the folder again.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = path.join(dataDir, LOCK_FILE);
  const release = () => unlink(file).catch(() => undefined);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tryCreate(file)) return release;
    const holder = await holderOf(file);
    if (holder === process.pid) return async () => undefined;
    if (holder !== null && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
    // Stale (its process is gone) or half-written by a process that died while creating it.
    await unlink(file).catch(() => undefined);
  }
  throw new DataDirLockedError(dataDir, (await holderOf(file)) ?? 0);
}
