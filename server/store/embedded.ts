// Embedded adapter: SQLite (better-sqlite3) in DATA_DIR/store.sqlite, WAL mode, every write
// acknowledged once it is on disk (sqlite/wal-sync.ts). Records stay on disk behind indexes; opening reads nothing but the schema.
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { lockDataDir } from './data-dir-lock.ts';
import type { Collection, IndexSpec, Store, StoredRecord } from './port.ts';
import { SqliteCollection } from './sqlite/sqlite-collection.ts';
import { SqliteFile, STORE_FILE } from './sqlite/sqlite-file.ts';

/** A DATA_DIR still holding the NeDB datafiles of before, not yet moved over by migrate:store. */
export class LegacyDataDirError extends Error {
  readonly code = 'legacy_data_dir';
  constructor(readonly dataDir: string) {
    super(`${dataDir} holds NeDB datafiles (*.db) of an older version; move them over first: npm run migrate:store -- ${dataDir}`);
    this.name = 'LegacyDataDirError';
  }
}

/** Names of the NeDB datafiles (`<collection>.db`) directly in a folder. */
export async function legacyDatafiles(dataDir: string): Promise<string[]> {
  return (await readdir(dataDir)).filter((file) => file.endsWith('.db')).sort();
}

export class EmbeddedStore implements Store {
  readonly kind = 'embedded' as const;

  private constructor(
    readonly dataDir: string,
    private readonly file: SqliteFile,
    private readonly unlock: () => Promise<void>,
  ) {}

  /**
   * Opens the folder for this process alone; rejects with DataDirLockedError while another holds
   * it, and with LegacyDataDirError on an unmigrated NeDB folder (rather than starting empty beside it).
   */
  static async open(dataDir: string): Promise<EmbeddedStore> {
    await mkdir(dataDir, { recursive: true });
    const unlock = await lockDataDir(dataDir);
    try {
      // Datafiles beside a store file mean a migration that has not finished: writing to the store
      // now would be lost when the migration is run again, so that folder is refused as well.
      if ((await legacyDatafiles(dataDir)).length > 0) throw new LegacyDataDirError(dataDir);
      return new EmbeddedStore(dataDir, new SqliteFile(path.join(dataDir, STORE_FILE)), unlock);
    } catch (error) {
      await unlock();
      throw error;
    }
  }

  collection<T extends StoredRecord>(name: string): Collection<T> {
    return new SqliteCollection<T>(this.file, name);
  }

  async ensureIndexes(specs: readonly IndexSpec[]): Promise<void> {
    for (const spec of specs) this.file.createIndex(spec);
    await this.file.durable();
  }

  async ping(): Promise<void> {
    this.file.statement('SELECT 1').get();
  }

  async listCollections(): Promise<string[]> {
    return this.file.collectionNames();
  }

  async close(): Promise<void> {
    await this.file.close();
    await this.unlock();
  }
}
