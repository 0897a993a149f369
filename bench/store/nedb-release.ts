// NeDB "as it was": the last release on NeDB (commit 4cbb2d2, before the SQLite engine) checked
// out beside the repository, and a DATA_DIR in its format written from ours. The NeDB datafiles
// are the JSON lines migrate:store reads back, so both servers start on the same records.
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, symlinkSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import Database from 'better-sqlite3';
import { STORE_FILE } from '../../server/store/sqlite/sqlite-file.ts';

export const NEDB_RELEASE = '4cbb2d2';

/** Checks the NeDB release out into `checkout` (once) with the repository's node_modules beside it. */
export function checkOutNedbRelease(repoRoot: string, checkout: string): void {
  if (!existsSync(checkout)) execFileSync('git', ['-C', repoRoot, 'worktree', 'add', '--detach', checkout, NEDB_RELEASE], { stdio: 'ignore' });
  const modules = path.join(checkout, 'node_modules');
  if (!existsSync(modules)) symlinkSync(path.join(repoRoot, 'node_modules'), modules);
}

export function removeNedbRelease(repoRoot: string, checkout: string): void {
  if (existsSync(checkout)) execFileSync('git', ['-C', repoRoot, 'worktree', 'remove', '--force', checkout], { stdio: 'ignore' });
}

/** Writes every table of our store as a NeDB datafile (`<collection>.db`, one record per line). */
export async function writeNedbCopy(dataDir: string, nedbDir: string): Promise<void> {
  await mkdir(nedbDir, { recursive: true });
  const db = new Database(path.join(dataDir, STORE_FILE), { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '$%'`).all() as { name: string }[];
    for (const { name } of tables) {
      const out = createWriteStream(path.join(nedbDir, `${name}.db`));
      for (const row of db.prepare(`SELECT doc FROM "${name.replaceAll('"', '""')}" ORDER BY rowid`).iterate() as IterableIterator<{ doc: string }>) {
        if (!out.write(`${row.doc}\n`)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
    }
  } finally {
    db.close();
  }
}
