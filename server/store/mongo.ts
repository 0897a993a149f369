// MongoDB adapter over the official driver; indexes are created at start by ensureIndexes.
import { MongoClient, MongoServerError, type Db } from 'mongodb';
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

const DUPLICATE_KEY = 11000;

/** Our records use application-chosen string ids, never ObjectIds. */
interface MongoRecord {
  _id: string;
  [field: string]: unknown;
}

function rethrowDuplicate(name: string, error: unknown): never {
  if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) {
    throw new DuplicateKeyError(name, error);
  }
  throw error;
}

class MongoCollection<T extends StoredRecord> implements Collection<T> {
  constructor(
    private readonly name: string,
    private readonly db: Db,
  ) {}

  private get raw() {
    return this.db.collection<MongoRecord>(this.name);
  }

  async insertOne(record: T): Promise<void> {
    try {
      await this.raw.insertOne({ ...record } as unknown as MongoRecord);
    } catch (error) {
      rethrowDuplicate(this.name, error);
    }
  }

  async insertMany(records: T[]): Promise<void> {
    if (records.length === 0) return;
    try {
      await this.raw.insertMany(records.map((record) => ({ ...record }) as unknown as MongoRecord));
    } catch (error) {
      rethrowDuplicate(this.name, error);
    }
  }

  async findOne(filter: Filter): Promise<T | null> {
    return (await this.raw.findOne(filter)) as unknown as T | null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    let cursor = this.raw.find(filter);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return (await cursor.toArray()) as unknown as T[];
  }

  async count(filter: Filter): Promise<number> {
    return this.raw.countDocuments(filter);
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<number> {
    try {
      const result = await this.raw.updateOne(filter, update, { upsert: options.upsert ?? false });
      return result.matchedCount + result.upsertedCount;
    } catch (error) {
      rethrowDuplicate(this.name, error);
    }
  }

  async deleteMany(filter: Filter): Promise<number> {
    return (await this.raw.deleteMany(filter)).deletedCount;
  }
}

export class MongoStore implements Store {
  readonly kind = 'mongodb' as const;

  private constructor(
    private readonly client: MongoClient,
    readonly db: Db,
  ) {}

  static async open(url: string): Promise<MongoStore> {
    const client = new MongoClient(url);
    await client.connect();
    return new MongoStore(client, client.db());
  }

  collection<T extends StoredRecord>(name: string): Collection<T> {
    return new MongoCollection<T>(name, this.db);
  }

  async ensureIndexes(specs: readonly IndexSpec[]): Promise<void> {
    for (const spec of specs) {
      const keys = Object.fromEntries(spec.fields.map((field) => [field, 1 as const]));
      await this.db.collection(spec.collection).createIndex(keys, { unique: spec.unique ?? false });
    }
  }

  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  async listCollections(): Promise<string[]> {
    const collections = await this.db.listCollections({}, { nameOnly: true }).toArray();
    return collections.map((collection) => collection.name).filter((name) => !name.startsWith('system.')).sort();
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
