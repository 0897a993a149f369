// What each module costs on its own: imported alone in a fresh plain-node process (our features
// compiled first, as `npm start` runs them), minus a process that imports nothing.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMPILED_DIR, compileEntry } from '../../server/compile.ts';

const PACKAGES = ['express', 'socket.io', 'yjs', 'zod', 'ws', 'pino', 'better-sqlite3', 'mongodb', 'nodemailer', 'htmlparser2', 'file-type', 'ics', 'tsx/esm'];
const OWN_MODULES = [
  'server/matching/index.ts',
  'server/store/index.ts',
  'server/collab/index.ts',
  'server/listings/index.ts',
  'server/matches/index.ts',
  'server/dataroom/index.ts',
  'server/mail/index.ts',
  'server/meetings/index.ts',
  'server/app.ts',
];
const MB = 1024 * 1024;

interface Footprint {
  rss: number;
  heapUsed: number;
}

/** Imports `specifier` (a package name or a file URL) in a fresh process and returns its memory after a full collection. */
function footprint(repoRoot: string, specifier: string | null): Footprint {
  const importLine = specifier ? `await import(${JSON.stringify(specifier)});` : '';
  const code = `${importLine} globalThis.gc(); const m = process.memoryUsage(); console.log(JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed }));`;
  const output = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], { cwd: repoRoot, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Footprint;
}

/** Prints one table row per module: RSS and heap over an empty node process. */
export async function attributeModules(repoRoot: string): Promise<void> {
  const empty = footprint(repoRoot, null);
  console.log(`\nplain node, nothing imported: RSS ${(empty.rss / MB).toFixed(1)} MB, heap ${(empty.heapUsed / MB).toFixed(1)} MB`);
  console.log('\n| imported alone | RSS over plain node MB | heap MB |');
  console.log('|---|---|---|');
  const row = (name: string, specifier: string) => {
    const used = footprint(repoRoot, specifier);
    console.log(`| ${name} | ${((used.rss - empty.rss) / MB).toFixed(1)} | ${((used.heapUsed - empty.heapUsed) / MB).toFixed(1)} |`);
  };
  for (const name of PACKAGES) row(name, name);
  for (const entry of OWN_MODULES) {
    const script = await compileEntry(entry, path.join(COMPILED_DIR, 'bench', 'attribution', entry.replaceAll('/', '_')));
    row(entry, pathToFileURL(script).href);
  }
}
