// `npm run migrate:store -- <DATA_DIR>`: moves a NeDB DATA_DIR of before onto SQLite. Builds the
// new file beside the old ones, checks the counts, renames it into place, then moves the old
// datafiles aside (never deletes them). Re-running after success, or after a crash, is safe.
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lockDataDir } from '../data-dir-lock.ts';
import { EmbeddedStore, legacyDatafiles } from '../embedded.ts';
import type { Store } from '../port.ts';
import { SqliteFile, STORE_FILE } from '../sqlite/sqlite-file.ts';
import { importDatafile, type ImportedCollection } from './nedb-datafile.ts';

/** Where the old datafiles go, inside DATA_DIR (data-room blobs in DATA_DIR/files stay where they are). */
export const LEGACY_FOLDER = 'nedb-before-sqlite';

export interface MigrationReport {
  status: 'migrated' | 'nothing-to-migrate';
  collections: ImportedCollection[];
  keptAside?: string;
}

async function removeDatabase(filename: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) await rm(`${filename}${suffix}`, { force: true });
}

/** Replays every datafile of `dataDir` into a new SQLite file at `filename`. */
async function buildFrom(dataDir: string, datafiles: string[], filename: string): Promise<ImportedCollection[]> {
  await removeDatabase(filename);
  const file = new SqliteFile(filename);
  try {
    const collections: ImportedCollection[] = [];
    for (const datafile of datafiles) collections.push(await importDatafile(file, dataDir, datafile));
    return collections;
  } finally {
    // Closing the only connection checkpoints the WAL into the file, so a rename moves all of it.
    await file.close();
  }
}

export async function migrateDataDir(dataDir: string): Promise<MigrationReport> {
  const unlock = await lockDataDir(dataDir);
  try {
    const datafiles = await legacyDatafiles(dataDir).catch(() => []);
    if (datafiles.length === 0) return { status: 'nothing-to-migrate', collections: [] };
    const target = path.join(dataDir, STORE_FILE);
    const building = `${target}.migrating`;
    // The server never opens a folder that still has datafiles, so a store file beside them can
    // only be this migration's own, renamed just before a crash: building it again loses nothing.
    const collections = await buildFrom(dataDir, datafiles, building);
    await removeDatabase(target);
    await rename(building, target);
    const aside = path.join(dataDir, LEGACY_FOLDER);
    await mkdir(aside, { recursive: true });
    for (const datafile of datafiles) await rename(path.join(dataDir, datafile), path.join(aside, datafile));
    return { status: 'migrated', collections, keptAside: aside };
  } finally {
    await unlock();
  }
}

/**
 * A read-only copy of an unmigrated NeDB folder as an embedded store in a temp folder (for
 * `npm run backup` of an old DATA_DIR); the source is locked while it is read and left as it was.
 */
export async function openLegacyCopy(dataDir: string): Promise<Store> {
  const unlock = await lockDataDir(dataDir);
  const copyDir = await mkdtemp(path.join(os.tmpdir(), 'superconnector-nedb-copy-'));
  try {
    await buildFrom(dataDir, await legacyDatafiles(dataDir), path.join(copyDir, STORE_FILE));
    const copy = await EmbeddedStore.open(copyDir);
    const close = copy.close.bind(copy);
    copy.close = async () => {
      await close();
      await rm(copyDir, { recursive: true, force: true });
      await unlock();
    };
    return copy;
  } catch (error) {
    await rm(copyDir, { recursive: true, force: true });
    await unlock();
    throw error;
  }
}
