// `npm run bench:scale`: one instance without Redis as a baseline, then 1, 2 and 3 instances
// (separate processes over one redis-server) with 10, 50 and 200 clients on one document; then
// 5,000 documents × 2 clients on one instance, without and with Redis.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RedisServer } from '../../tests/helpers/redis.ts';
import { runCrowd, type BenchContext } from './crowd.ts';
import { runManyDocs } from './many-docs.ts';
import { formatCrowd, formatManyDocs } from './report.ts';
import type { CrowdRun, ManyDocsRun } from './types.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const resultFile = path.join(repoRoot, 'bench', 'results', 'scale.json');

/** The baseline (one instance, no REDIS_URL), then 1, 2 and 3 instances over Redis. */
const SETUPS = [
  { instances: 1, redis: false },
  { instances: 1, redis: true },
  { instances: 2, redis: true },
  { instances: 3, redis: true },
];
const CLIENTS_PER_DOCUMENT = [10, 50, 200];
/** Edits per second of the whole document, split between its clients. */
const DOCUMENT_EDITS_PER_SECOND = 20;
const ARRANGEMENT =
  'separate server processes on one machine, one loopback redis-server; no MongoDB here, so each instance has its own ' +
  'embedded DATA_DIR (bench user registered on each, note: documents claimed on first open) and a document\'s clients ' +
  'are spread round-robin over the instances, so every update crosses Redis; the load generator is a separate process';

const USAGE = `Usage: npm run bench:scale -- [--quick] [--duration T] [--docs N] [--skip-many]
  --quick       3 s of editing per crowd run and 1,000 documents instead of 5,000
  --duration T  seconds of editing per crowd run (default 10)
  --docs N      documents in the many-documents run (default 5000)
  --skip-many   crowd runs only`;

function write(text: string): void {
  process.stdout.write(`${text}\n`);
}

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      docs: { type: 'string' },
      'skip-many': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  return {
    help: values.help,
    run: {
      durationSeconds: Number(values.duration ?? (values.quick ? 3 : 10)),
      documents: Number(values.docs ?? (values.quick ? 1_000 : 5_000)),
      skipMany: values['skip-many'],
    },
  };
}

async function runCrowds(durationSeconds: number, context: BenchContext): Promise<CrowdRun[]> {
  const runs: CrowdRun[] = [];
  for (const clientsPerDocument of CLIENTS_PER_DOCUMENT) {
    for (const setup of SETUPS) {
      if (context.signal.aborted) return runs;
      write(`[bench:scale] ${setup.instances} instance(s)${setup.redis ? '' : ' without Redis'} × ${clientsPerDocument} clients …`);
      runs.push(await runCrowd({ ...setup, clientsPerDocument, documentEditsPerSecond: DOCUMENT_EDITS_PER_SECOND, durationSeconds }, context));
    }
  }
  return runs;
}

function save(startedAt: Date, crowd: CrowdRun[], manyDocs: ManyDocsRun[], settings: object): void {
  mkdirSync(path.dirname(resultFile), { recursive: true });
  const environment = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverage: loadavg() };
  const document = { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), environment, arrangement: ARRANGEMENT, settings, crowd, manyDocs };
  writeFileSync(resultFile, `${JSON.stringify(document, null, 2)}\n`);
}

async function main(): Promise<void> {
  const { help, run: settings } = options();
  if (help) return write(USAGE);
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  const startedAt = new Date();
  const redis = await RedisServer.start();
  try {
    const context: BenchContext = { repoRoot, signal: abort.signal, redisUrl: redis.url };
    const crowd = await runCrowds(settings.durationSeconds, context);
    write(`\n${DOCUMENT_EDITS_PER_SECOND} edits/s per document, ${settings.durationSeconds} s, clients spread round-robin over the instances:\n${formatCrowd(crowd)}\n`);
    const manyDocs: ManyDocsRun[] = [];
    for (const redis of settings.skipMany ? [] : [false, true]) {
      if (abort.signal.aborted) break;
      write(`[bench:scale] ${settings.documents} documents × 2 clients on one instance ${redis ? 'with' : 'without'} Redis …`);
      manyDocs.push(await runManyDocs(settings.documents, redis, context));
      write(`\n${formatManyDocs(manyDocs[manyDocs.length - 1])}\n`);
    }
    save(startedAt, crowd, manyDocs, { ...settings, documentEditsPerSecond: DOCUMENT_EDITS_PER_SECOND });
    write(`[bench:scale] results written to ${path.relative(repoRoot, resultFile)}`);
  } finally {
    await redis.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
