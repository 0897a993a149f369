// Embedded adapter: one NeDB append-only datafile per collection under DATA_DIR.
// NeDB appends every write (so a kill -9 keeps whatever the callback acknowledged) and
// compacts by writing a temp file, fsyncing and renaming, so compaction is crash-safe too.
import { mkdir, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import Datastore from '@seald-io/nedb';
import { lockDataDir } from './data-dir-lock.ts';
import {
  DuplicateKeyError,
  type Collection,
  type Filter,
  type FindOptions,
  type IndexSpec,
  type Store,
  type StoredRecord,
  type Update,
} from './port.ts';

const COMPACTION_INTERVAL_MS = 10 * 60_000;

type NedbStore = Datastore<Record<string, unknown>>;

/**
 * A kill -9 in the middle of an append can leave one unterminated last line. That write was never
 * acknowledged, so it is cut off here; anything else malformed still trips NeDB's corruption alarm.
 */
async function trimTornTail(filename: string): Promise<void> {
  let file;
  try {
    file = await open(filename, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const { size } = await file.stat();
    if (size === 0) return;
    const tail = Buffer.alloc(Math.min(size, 64 * 1024));
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - tail.length);
      await file.read(tail, 0, end - start, start);
      const newline = tail.subarray(0, end - start).lastIndexOf(0x0a);
      if (newline >= 0) {
        const keep = start + newline + 1;
        if (keep < size) await file.truncate(keep);
        return;
      }
      end = start;
    }
    await file.truncate(0);
  } finally {
    await file.close();
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { errorType?: string } | null)?.errorType === 'uniqueViolated';
}

class EmbeddedCollection<T extends StoredRecord> implements Collection<T> {
  constructor(
    private readonly name: string,
    private readonly datastore: Promise<NedbStore>,
  ) {}

  async insertOne(record: T): Promise<void> {
    const db = await this.datastore;
    try {
      await db.insertAsync({ ...record } as Record<string, unknown>);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateKeyError(this.name, error);
      throw error;
    }
  }

  async insertMany(records: T[]): Promise<void> {
    if (records.length === 0) return;
    const db = await this.datastore;
    try {
      // One append to the datafile for the whole batch.
      await db.insertAsync(records.map((record) => ({ ...record }) as Record<string, unknown>));
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateKeyError(this.name, error);
      throw error;
    }
  }

  async findOne(filter: Filter): Promise<T | null> {
    const db = await this.datastore;
    return ((await db.findOneAsync(filter)) as T | null) ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    const db = await this.datastore;
    let cursor = db.findAsync(filter);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return (await cursor) as unknown as T[];
  }

  async count(filter: Filter): Promise<number> {
    const db = await this.datastore;
    return (await db.countAsync(filter)) as unknown as number;
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<number> {
    const db = await this.datastore;
    try {
      const result = await db.updateAsync(filter, update, { upsert: options.upsert ?? false });
      return result.numAffected;
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateKeyError(this.name, error);
      throw error;
    }
  }

  async deleteMany(filter: Filter): Promise<number> {
    const db = await this.datastore;
    return db.removeAsync(filter, { multi: true });
  }
}

export class EmbeddedStore implements Store {
  readonly kind = 'embedded' as const;
  private readonly datastores = new Map<string, Promise<NedbStore>>();

  private constructor(
    readonly dataDir: string,
    private readonly unlock: () => Promise<void>,
  ) {}

  /** Opens the folder for this process alone; rejects with DataDirLockedError while another holds it. */
  static async open(dataDir: string): Promise<EmbeddedStore> {
    await mkdir(dataDir, { recursive: true });
    return new EmbeddedStore(dataDir, await lockDataDir(dataDir));
  }

  collection<T extends StoredRecord>(name: string): Collection<T> {
    return new EmbeddedCollection<T>(name, this.datastore(name));
  }

  async ensureIndexes(specs: readonly IndexSpec[]): Promise<void> {
    for (const spec of specs) {
      const db = await this.datastore(spec.collection);
      const fieldName = spec.fields.length === 1 ? spec.fields[0] : spec.fields;
      await db.ensureIndexAsync({ fieldName, unique: spec.unique ?? false });
    }
  }

  async ping(): Promise<void> {
    await Promise.all(this.datastores.values());
  }

  async listCollections(): Promise<string[]> {
    const onDisk = (await readdir(this.dataDir)).filter((file) => file.endsWith('.db')).map((file) => file.slice(0, -3));
    return [...new Set([...onDisk, ...this.datastores.keys()])].sort();
  }

  async close(): Promise<void> {
    for (const pending of this.datastores.values()) {
      const db = await pending;
      db.stopAutocompaction();
      await db.compactDatafileAsync();
    }
    this.datastores.clear();
    await this.unlock();
  }

  // Concurrent first uses of a collection share one load, so a datafile is read once.
  private datastore(name: string): Promise<NedbStore> {
    let pending = this.datastores.get(name);
    if (!pending) {
      pending = this.load(name);
      this.datastores.set(name, pending);
    }
    return pending;
  }

  private async load(name: string): Promise<NedbStore> {
    const filename = path.join(this.dataDir, `${name}.db`);
    await trimTornTail(filename);
    const db: NedbStore = new Datastore({ filename });
    await db.loadDatabaseAsync();
    db.setAutocompactionInterval(COMPACTION_INTERVAL_MS);
    return db;
  }
}
