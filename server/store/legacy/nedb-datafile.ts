// Reads the NeDB datafiles of before (one `<collection>.db` per collection, one JSON line per
// write) into a SQLite table without NeDB: a later line for an `_id` replaces the earlier one,
// `$$deleted` removes it, `$$indexCreated` is skipped. Dates are already in the store's encoding.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { quoteIdentifier } from '../sqlite/paths.ts';
import type { SqliteFile } from '../sqlite/sqlite-file.ts';

const BATCH = 2_000;

export class LegacyDatafileError extends Error {
  readonly code = 'legacy_datafile_corrupt';
}

export interface ImportedCollection {
  collection: string;
  /** Live records after replaying every line. */
  records: number;
  /** An unterminated last line (a kill -9 mid-append, never acknowledged) that was left out. */
  tornTail: boolean;
}

type Line = { kind: 'put'; id: string; doc: string } | { kind: 'delete'; id: string } | { kind: 'skip' };

function parseLine(text: string): Line {
  const parsed = JSON.parse(text) as Record<string, unknown>;
  if (parsed.$$indexCreated !== undefined) return { kind: 'skip' };
  if (typeof parsed._id !== 'string') throw new Error('record without a string _id');
  return parsed.$$deleted === true ? { kind: 'delete', id: parsed._id } : { kind: 'put', id: parsed._id, doc: text };
}

/** Replays `<dataDir>/<collection>.db` into the table of the same name, in transactions of BATCH lines. */
export async function importDatafile(file: SqliteFile, dataDir: string, datafile: string): Promise<ImportedCollection> {
  const collection = datafile.replace(/\.db$/, '');
  file.ensureTable(collection);
  const table = quoteIdentifier(collection);
  const put = file.db.prepare(`INSERT INTO ${table} (_id, doc) VALUES (?, ?) ON CONFLICT (_id) DO UPDATE SET doc = excluded.doc`);
  const remove = file.db.prepare(`DELETE FROM ${table} WHERE _id = ?`);
  const live = new Set<string>();
  const apply = file.db.transaction((lines: Line[]) => {
    for (const line of lines) {
      if (line.kind === 'put') put.run(line.id, line.doc);
      if (line.kind === 'delete') remove.run(line.id);
    }
  });
  let pending: Line[] = [];
  let unreadable: number | null = null;
  let number = 0;
  for await (const text of createInterface({ input: createReadStream(path.join(dataDir, datafile)), crlfDelay: Infinity })) {
    number++;
    if (text.trim() === '') continue;
    // Only the very last line may be torn; a bad line with lines after it is corruption.
    if (unreadable !== null) throw new LegacyDatafileError(`${datafile} line ${unreadable} is not a record`);
    let line: Line;
    try {
      line = parseLine(text);
    } catch {
      unreadable = number;
      continue;
    }
    if (line.kind === 'put') live.add(line.id);
    if (line.kind === 'delete') live.delete(line.id);
    pending.push(line);
    if (pending.length >= BATCH) {
      apply(pending);
      pending = [];
    }
  }
  apply(pending);
  const stored = (file.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  if (stored !== live.size) throw new LegacyDatafileError(`${collection}: ${live.size} records in ${datafile} but ${stored} in the store`);
  return { collection, records: stored, tornTail: unreadable !== null };
}
