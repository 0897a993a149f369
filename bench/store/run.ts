// `npm run bench:store`: fills one embedded DATA_DIR to increasing sizes and, at each, starts the
// server and cold-opens a B4-sized note (as a log of ~6,200 typed updates, and compacted); the same
// records in NeDB's format start the last NeDB release beside it, up to a cap. Table + JSON.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UpdateLog } from '../../server/collab/update-log.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { typeDocument } from './b4-document.ts';
import { fillContext, growTo, storeNoteLog } from './fill.ts';
import { checkOutNedbRelease, NEDB_RELEASE, removeNedbRelease, writeNedbCopy } from './nedb-release.ts';
import { fillThroughClients } from './real-clients.ts';
import { printTable, type SizeResult, type TargetResult } from './report.ts';
import { measureStart, type StartPlan } from './server-runs.ts';
import { B4_CHARACTERS } from './b4-document.ts';

const MB = 1024 * 1024;
const repoRoot = path.resolve(import.meta.dirname, '../..');

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10,100,500,2000' }, 'nedb-cap': { type: 'string', default: '500' }, 'no-nedb': { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number).sort((a, b) => a - b);
if (sizes.some((size) => !Number.isFinite(size) || size <= 0)) throw new Error('--sizes takes sizes in MB, e.g. 10,100,500');
const nedbCapMb = values['no-nedb'] ? 0 : Number(values['nedb-cap']);

function diskMb(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]) / MB;
}

async function measure(plan: StartPlan, disk: number): Promise<TargetResult> {
  try {
    return { diskMb: disk, ...(await measureStart(plan)) };
  } catch (error) {
    return { diskMb: disk, error: (error as Error).message.slice(0, 300) };
  }
}

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
const work = await mkdtemp(path.join(os.tmpdir(), 'bench-store-'));
const dataDir = path.join(work, 'data');
const nedbCheckout = path.join(work, 'nedb-release');
const results: SizeResult[] = [];
try {
  process.stdout.write(`bench:store in ${work}: demo + real clients…\n`);
  const user = await fillThroughClients(repoRoot, dataDir, controller.signal);
  const ctx = fillContext(user.id);
  const b4 = typeDocument(B4_CHARACTERS, 4);
  if (nedbCapMb > 0) checkOutNedbRelease(repoRoot, nedbCheckout);
  for (const size of sizes) {
    const fillStarted = performance.now();
    const notes = growTo(dataDir, ctx, size * MB);
    const store = await EmbeddedStore.open(dataDir);
    const b4Log = await storeNoteLog(store, ctx, 'B4 as a log', b4);
    const b4Snapshot = await storeNoteLog(store, ctx, 'B4 compacted', b4);
    await new UpdateLog(store).compact(b4Snapshot);
    await store.close();
    // A small typed note first, so neither B4 open pays the first connection's warm-up; the
    // snapshot before the log, whose open starts folding 6,200 entries in the background.
    const docs = [user.typedDocs[0], b4Snapshot, b4Log];
    process.stdout.write(`  ${size} MB: +${notes} notes in ${((performance.now() - fillStarted) / 1000).toFixed(1)} s; measuring…\n`);
    const plan = { token: user.token, docs, signal: controller.signal };
    // NeDB first: our server compacts the long log when it opens it, which would change the copy.
    let nedb: TargetResult | null = null;
    if (size <= nedbCapMb) {
      const nedbDir = path.join(work, 'nedb-data');
      await writeNedbCopy(dataDir, nedbDir);
      nedb = await measure({ ...plan, repoRoot: nedbCheckout, dataDir: nedbDir }, diskMb(nedbDir));
      await rm(nedbDir, { recursive: true, force: true });
    }
    const ours = await measure({ ...plan, repoRoot, dataDir }, diskMb(dataDir));
    results.push({ sizeMb: size, ours, nedb });
  }
} finally {
  if (nedbCapMb > 0) removeNedbRelease(repoRoot, nedbCheckout);
  await rm(work, { recursive: true, force: true });
}

printTable(results, nedbCapMb);
const commit = execFileSync('git', ['-C', repoRoot, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const out = path.join(repoRoot, 'bench/results', `store-${new Date().toISOString().replaceAll(':', '-')}.json`);
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, JSON.stringify({ commit, nedbRelease: NEDB_RELEASE, nedbCapMb, node: process.version, loadAverage: os.loadavg(), cpus: os.cpus().length, results }, null, 2));
process.stdout.write(`\nJSON: ${path.relative(repoRoot, out)} (commit ${commit}, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')})\n`);
