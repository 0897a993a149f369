// Storage port: the small document-store interface every feature persists through.
// Both adapters (embedded SQLite, MongoDB) speak the same Mongo-style filter and update subset.

/** Every stored record has a string `_id` chosen by the application. */
export interface StoredRecord {
  _id: string;
}

/** Equality on fields (dot paths allowed) plus the operators both engines share. */
export type Filter = Record<string, unknown>;

/** `$set`, `$unset`, `$inc`, `$push`, `$pull`, `$addToSet` updates. */
export type Update = Record<string, Record<string, unknown>>;

export interface FindOptions {
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
}

export interface Collection<T extends StoredRecord> {
  /** Inserts one record; throws DuplicateKeyError when a unique index is violated. */
  insertOne(record: T): Promise<void>;
  /** Inserts several records in one write; throws DuplicateKeyError on a unique violation. */
  insertMany(records: T[]): Promise<void>;
  findOne(filter: Filter): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter: Filter): Promise<number>;
  /** Updates the first match; returns how many records matched (0 or 1). */
  updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<number>;
  /** Removes every match; returns how many were removed. */
  deleteMany(filter: Filter): Promise<number>;
}

export interface IndexSpec {
  collection: string;
  fields: string[];
  unique?: boolean;
}

export type StoreKind = 'embedded' | 'mongodb';

export interface Store {
  readonly kind: StoreKind;
  collection<T extends StoredRecord>(name: string): Collection<T>;
  /** Creates the indexes if missing; idempotent, called at start. */
  ensureIndexes(specs: readonly IndexSpec[]): Promise<void>;
  /** Cheap liveness probe for health reporting. */
  ping(): Promise<void>;
  /** Names of the collections that hold records (possibly some empty ones), sorted; for backup. */
  listCollections(): Promise<string[]>;
  close(): Promise<void>;
}

/** Raised by insertOne/updateOne when a unique index would be violated. */
export class DuplicateKeyError extends Error {
  readonly code = 'duplicate_key';
  constructor(collection: string, cause?: unknown) {
    super(`duplicate key in ${collection}`, { cause });
    this.name = 'DuplicateKeyError';
  }
}
