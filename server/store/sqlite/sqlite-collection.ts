// A collection of the embedded store: one SQLite table. better-sqlite3 is synchronous, so each
// call is one short statement (or one transaction) on the event loop; callers page big scans.
import { randomUUID } from 'node:crypto';
import sift from 'sift';
import { DuplicateKeyError, type Collection, type Filter, type FindOptions, type StoredRecord, type Update } from '../port.ts';
import { applyUpdate, UpdateError } from './apply-update.ts';
import { quoteIdentifier } from './paths.ts';
import { decodeRecord, encodeRecord } from './record-codec.ts';
import type { SqliteFile } from './sqlite-file.ts';
import { orderBy, translateFilter } from './sql-filter.ts';

interface Row {
  rowid: number;
  doc: string;
}

interface Match<T> {
  rowid: number;
  record: T;
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** The fields an upsert takes from its filter: plain equalities, as Mongo does. */
function seedFromFilter(filter: Filter): Record<string, unknown> {
  const seed: Record<string, unknown> = {};
  const equalities = Object.entries(filter).filter(([key, value]) => !key.startsWith('$') && !(value && typeof value === 'object' && !(value instanceof Date) && Object.keys(value).some((k) => k.startsWith('$'))));
  if (equalities.length > 0) applyUpdate(seed, { $set: Object.fromEntries(equalities) });
  return seed;
}

export class SqliteCollection<T extends StoredRecord> implements Collection<T> {
  private readonly table: string;

  constructor(
    private readonly file: SqliteFile,
    private readonly name: string,
  ) {
    this.table = quoteIdentifier(name);
  }

  async insertOne(record: T): Promise<void> {
    this.insert([record]);
    await this.file.durable();
  }

  async insertMany(records: T[]): Promise<void> {
    if (records.length === 0) return;
    this.insert(records);
    await this.file.durable();
  }

  async findOne(filter: Filter): Promise<T | null> {
    return this.first(filter)?.record ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    return Array.from(this.matches(filter, options), (match) => match.record);
  }

  async count(filter: Filter): Promise<number> {
    if (!this.file.hasTable(this.name)) return 0;
    const condition = translateFilter(filter, this.file.shapesOf(this.name));
    if (condition.exact) {
      const row = this.file.statement(`SELECT COUNT(*) AS n FROM ${this.table} WHERE ${condition.sql ?? '1'}`).get(...condition.params) as { n: number };
      return row.n;
    }
    let count = 0;
    for (const _match of this.matches(filter)) count++;
    return count;
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<number> {
    return this.durably(this.write(() => {
      const match = this.first(filter);
      if (match) {
        const { rowid, record } = match;
        const id = record._id;
        applyUpdate(record as unknown as Record<string, unknown>, update);
        if (record._id !== id) throw new UpdateError('_id cannot change');
        this.file.noteShapes(this.name, record);
        this.file.statement(`UPDATE ${this.table} SET doc = ? WHERE rowid = ?`).run(encodeRecord(record), rowid);
        return 1;
      }
      if (!options.upsert) return 0;
      const created = seedFromFilter(filter);
      applyUpdate(created, update);
      created._id ??= randomUUID();
      this.insertRows([created as T]);
      return 1;
    }));
  }

  async deleteMany(filter: Filter): Promise<number> {
    if (!this.file.hasTable(this.name)) return 0;
    const condition = translateFilter(filter, this.file.shapesOf(this.name));
    if (condition.exact) return this.durably(this.file.statement(`DELETE FROM ${this.table} WHERE ${condition.sql ?? '1'}`).run(...condition.params).changes);
    return this.durably(this.write(() => {
      const rowids = Array.from(this.matches(filter), (match) => match.rowid);
      const remove = this.file.statement(`DELETE FROM ${this.table} WHERE rowid = ?`);
      for (const rowid of rowids) remove.run(rowid);
      return rowids.length;
    }));
  }

  /** Answers how many records a write changed once that change is on disk (none changed: at once). */
  private async durably(changed: number): Promise<number> {
    if (changed > 0) await this.file.durable();
    return changed;
  }

  /** Leaving the loop early closes the SELECT, so the connection is free for a write after it. */
  private first(filter: Filter): Match<T> | undefined {
    for (const match of this.matches(filter, { limit: 1 })) return match;
    return undefined;
  }

  /**
   * Candidates from SQL in the asked order, checked with sift unless the SQL was exact; skip and
   * limit go into the SQL when it was, so a page reads only its own rows.
   */
  private *matches(filter: Filter, options: FindOptions = {}): Generator<Match<T>> {
    if (!this.file.hasTable(this.name)) return;
    const condition = translateFilter(filter, this.file.shapesOf(this.name));
    const order = options.sort ? orderBy(options.sort) : 'rowid';
    const skip = options.skip ?? 0;
    const limit = options.limit || Infinity;
    const paged = condition.exact ? ' LIMIT ? OFFSET ?' : '';
    const sql = `SELECT rowid, doc FROM ${this.table} WHERE ${condition.sql ?? '1'} ORDER BY ${order}${paged}`;
    const params = condition.exact ? [...condition.params, Number.isFinite(limit) ? limit : -1, skip] : condition.params;
    const test = condition.exact ? null : sift(filter);
    let skipped = condition.exact ? skip : 0;
    let taken = 0;
    for (const row of this.file.statement(sql).iterate(...params) as IterableIterator<Row>) {
      const record = decodeRecord<T>(row.doc);
      if (test && !test(record)) continue;
      if (skipped < skip) {
        skipped++;
        continue;
      }
      yield { rowid: row.rowid, record };
      if (++taken >= limit) return;
    }
  }

  private insert(records: T[]): void {
    this.write(() => this.insertRows(records));
  }

  private insertRows(records: T[]): void {
    this.file.ensureTable(this.name);
    const statement = this.file.statement(`INSERT INTO ${this.table} (_id, doc) VALUES (?, ?)`);
    for (const record of records) {
      if (typeof record._id !== 'string') throw new UpdateError(`records of ${this.name} need a string _id`);
      this.file.noteShapes(this.name, record);
      statement.run(record._id, encodeRecord(record));
    }
  }

  /** One transaction: all of a batch or update lands, or none of it. */
  private write<R>(body: () => R): R {
    try {
      return this.file.db.transaction(body)();
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateKeyError(this.name, error);
      throw error;
    }
  }
}
