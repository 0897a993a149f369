// npm run bench:match — ranking quality on the labelled evaluation set and speed at 100,000 listings,
// Superconnector's MatchingEngine against a MiniSearch baseline, in one run. See README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrate } from './calibration.ts';
import { generateCorpus } from './corpus.ts';
import { evaluateFaults } from './fault-quality.ts';
import { evaluate } from './quality.ts';
import { EngineRanker, MiniSearchRanker } from './rankers.ts';
import { faultTable, qualityTable, speedTable } from './report.ts';
import { measureSpeed, type SpeedOptions } from './speed.ts';

function options(argv: string[]): SpeedOptions & { skipSpeed: boolean } {
  const value = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
  };
  const quick = argv.includes('--quick');
  return {
    size: value('--size', quick ? 20_000 : 100_000),
    queries: value('--queries', quick ? 200 : 1000),
    topK: value('--top', 20),
    budgetSeconds: value('--budget', quick ? 20 : 90),
    skipSpeed: argv.includes('--quality-only'),
  };
}

const opts = options(process.argv.slice(2));
const log = (line: string) => process.stdout.write(`${line}\n`);
if (!(globalThis as { gc?: unknown }).gc) log('(run with node --expose-gc for exact heap figures; npm run bench:match does)');

log('\n## Ranking quality: labelled evaluation set (hand-written deal intents, graded 0–3)\n');
const quality = [
  { system: 'superconnector', report: evaluate(() => new EngineRanker()) },
  { system: 'superconnector, text only', report: evaluate(() => new EngineRanker(), 'text-only') },
  { system: 'superconnector, languages undeclared', report: evaluate(() => new EngineRanker(), 'no-languages') },
  { system: 'minisearch (baseline)', report: evaluate(() => new MiniSearchRanker()) },
];
const q = quality[0].report;
log(`${q.intents} intents → ${q.listings} listings, each one a query against its complementary listings.\n`);
log(qualityTable(quality));
log('\n"padded": share of lists holding a grade-0 candidate; "below floor": share holding a score under the confidence floor.');

log('\n## Fault cases (held apart from the tuning set: bench/match/fault-cases.ts), top 10 per query\n');
const faults = [
  { system: 'superconnector', families: evaluateFaults(() => new EngineRanker()) },
  { system: 'minisearch (baseline)', families: evaluateFaults(() => new MiniSearchRanker()) },
];
log(faultTable(faults));

/** The match suggester's default minimum score (server/matches): where calibration is read. */
const SUGGESTION_THRESHOLD = 0.35;
const calibration = calibrate(SUGGESTION_THRESHOLD);
log(`\nScore by relevance grade (every complementary pair of the set; threshold ${SUGGESTION_THRESHOLD}):`);
for (const row of calibration) log(`  grade ${row.grade}: ${row.pairs} pairs, mean score ${row.meanScore.toFixed(3)}, ${(row.aboveThreshold * 100).toFixed(1)}% at or above ${SUGGESTION_THRESHOLD}`);

const speed = [];
if (!opts.skipSpeed) {
  log(`\n## Speed: ${opts.size.toLocaleString('en')} generated listings, top-${opts.topK}, ${opts.queries} query listings\n`);
  const corpus = generateCorpus(opts.size);
  for (const make of [() => new EngineRanker(), () => new MiniSearchRanker()]) {
    speed.push(measureSpeed(make, corpus, opts));
    log(`  measured ${speed[speed.length - 1].system}`);
  }
  log('');
  log(speedTable(speed));
}

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'results', `match-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
mkdirSync(dirname(out), { recursive: true });
const environment = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, exposeGc: Boolean((globalThis as { gc?: unknown }).gc) };
writeFileSync(out, JSON.stringify({ options: opts, environment, quality, faults, calibration, speed }, null, 2));
log(`\nWrote ${out}`);
