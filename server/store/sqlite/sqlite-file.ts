// One SQLite database per DATA_DIR, one table per collection (`_id` primary key, the record as
// JSON in `doc`), and a table of the array shapes of indexed paths that the SQL translation needs.
import Database from 'better-sqlite3';
import type { IndexSpec } from '../port.ts';
import { extract, jsonPath, pathSegments, quoteIdentifier } from './paths.ts';
import type { PathShape } from './sql-filter.ts';
import { WalSync, type SyncFile } from './wal-sync.ts';

export const STORE_FILE = 'store.sqlite';
const SHAPES_TABLE = '$index_paths';
const BUSY_TIMEOUT_MS = 5_000;

type Statement = Database.Statement<unknown[], unknown>;

/** Which arrays a record holds on the way along `segments`. */
function shapeOf(record: unknown, segments: readonly string[]): PathShape {
  let value = record;
  for (const segment of segments) {
    if (Array.isArray(value)) return { innerArray: true, leafArray: false };
    if (value === null || typeof value !== 'object') return { innerArray: false, leafArray: false };
    value = (value as Record<string, unknown>)[segment];
  }
  return { innerArray: false, leafArray: Array.isArray(value) };
}

export class SqliteFile {
  readonly db: Database.Database;
  private readonly statements = new Map<string, Statement>();
  private readonly tables = new Set<string>();
  private readonly shapes = new Map<string, Map<string, PathShape>>();

  private readonly walSync: WalSync;

  constructor(filename: string, syncFile?: SyncFile) {
    this.db = new Database(filename, { timeout: BUSY_TIMEOUT_MS });
    // WAL: readers never block the writer. synchronous=NORMAL: a commit does not wait for the disk
    // on the event loop; durable() syncs the log off it, and writes are acknowledged only after that,
    // so an acknowledged write survives a power cut, not only a killed process.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.walSync = new WalSync(`${filename}-wal`, syncFile);
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${quoteIdentifier(SHAPES_TABLE)} (collection TEXT NOT NULL, path TEXT NOT NULL, inner_array INTEGER NOT NULL, leaf_array INTEGER NOT NULL, PRIMARY KEY (collection, path))`);
  }

  /** Prepared once per SQL text; the port's queries repeat a small set of shapes. */
  statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  hasTable(name: string): boolean {
    if (this.tables.has(name)) return true;
    // Another connection (a second store on the same folder) may have created it since.
    const found = this.statement(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
    if (found) this.tables.add(name);
    return found;
  }

  ensureTable(name: string): void {
    if (this.hasTable(name)) return;
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${quoteIdentifier(name)} (_id TEXT NOT NULL PRIMARY KEY, doc TEXT NOT NULL)`);
    this.tables.add(name);
  }

  collectionNames(): string[] {
    const rows = this.statement(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ? ORDER BY name`).all(SHAPES_TABLE) as { name: string }[];
    return rows.map((row) => row.name);
  }

  /** The indexed paths of a collection and their array shapes, read once per process. */
  shapesOf(name: string): Map<string, PathShape> {
    let shapes = this.shapes.get(name);
    if (!shapes) {
      const rows = this.statement(`SELECT path, inner_array, leaf_array FROM ${quoteIdentifier(SHAPES_TABLE)} WHERE collection = ?`).all(name) as { path: string; inner_array: number; leaf_array: number }[];
      shapes = new Map(rows.map((row) => [row.path, { innerArray: row.inner_array === 1, leafArray: row.leaf_array === 1 }]));
      this.shapes.set(name, shapes);
    }
    return shapes;
  }

  /** Called inside each write's transaction: an array first seen on an indexed path widens its shape for good. */
  noteShapes(name: string, record: unknown): void {
    for (const [path, known] of this.shapesOf(name)) {
      const seen = shapeOf(record, pathSegments(path));
      if ((seen.innerArray && !known.innerArray) || (seen.leafArray && !known.leafArray)) {
        this.saveShape(name, path, { innerArray: known.innerArray || seen.innerArray, leafArray: known.leafArray || seen.leafArray });
      }
    }
  }

  createIndex(spec: IndexSpec): void {
    this.ensureTable(spec.collection);
    const name = quoteIdentifier(`${spec.collection}:${spec.fields.join(',')}${spec.unique ? ':unique' : ''}`);
    const columns = spec.fields.map((field) => extract(pathSegments(field))).join(', ');
    this.db.exec(`CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${quoteIdentifier(spec.collection)} (${columns})`);
    for (const field of spec.fields) {
      if (!this.shapesOf(spec.collection).has(field)) this.saveShape(spec.collection, field, this.scanShape(spec.collection, field));
    }
  }

  /** Resolves once every commit made so far is on disk; a write is acknowledged only after it. */
  durable(): Promise<void> {
    return this.walSync.durable();
  }

  async close(): Promise<void> {
    await this.walSync.close();
    this.db.close();
  }

  /** Once per new index: does any stored record hold an array along the path? */
  private scanShape(name: string, path: string): PathShape {
    const segments = pathSegments(path);
    const isArray = (prefix: string[]) => `json_type(doc, ${jsonPath(prefix)}) = 'array'`;
    const inner = segments.slice(0, -1).map((_, i) => isArray(segments.slice(0, i + 1)));
    const any = (conditions: string[]) => conditions.length > 0 && this.db.prepare(`SELECT 1 FROM ${quoteIdentifier(name)} WHERE ${conditions.join(' OR ')} LIMIT 1`).get() !== undefined;
    return { innerArray: any(inner), leafArray: any([isArray(segments)]) };
  }

  private saveShape(name: string, path: string, shape: PathShape): void {
    this.statement(`INSERT INTO ${quoteIdentifier(SHAPES_TABLE)} (collection, path, inner_array, leaf_array) VALUES (?, ?, ?, ?) ON CONFLICT (collection, path) DO UPDATE SET inner_array = excluded.inner_array, leaf_array = excluded.leaf_array`).run(name, path, Number(shape.innerArray), Number(shape.leafArray));
    this.shapesOf(name).set(path, shape);
  }
}
