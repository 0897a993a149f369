// Speed and memory on a generated corpus: index build time, heap growth, top-K latency over many
// query listings, marketplace-search latency, and (engine only) incremental upsert latency.
// Both systems are measured one after the other in the same process on the same corpus.
import type { MatchableListing } from '../../server/matching/index.ts';
import { generateCorpus } from './corpus.ts';
import { percentile } from './metrics.ts';
import { EngineRanker, type Ranker } from './rankers.ts';
import { Random } from './random.ts';

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export interface SpeedReport {
  system: string;
  listings: number;
  buildSeconds: number;
  heapMB: number;
  matches: LatencySummary;
  /** Queries that did not run because the time budget ran out (the baseline only). */
  skipped: number;
  search?: LatencySummary;
  upsert?: LatencySummary;
}

export interface SpeedOptions {
  size: number;
  queries: number;
  topK: number;
  /** Seconds a system may spend on its top-K queries before the rest are skipped. */
  budgetSeconds: number;
}

const SEARCHES = ['無人機', '无人机 分销', 'drone distributor ASEAN', '檢測認證', 'testing and certification', 'green bond', '綠色債券', '跨境电商 印尼', 'silicon carbide', '臨床試驗 大灣區', 'data centre Johor', '模具'];

const gc = (globalThis as { gc?: () => void }).gc;

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

export function summarise(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { count: sorted.length, p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1] ?? 0) };
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function queryIds(corpus: MatchableListing[], count: number): string[] {
  const random = new Random(7);
  return Array.from({ length: count }, () => corpus[random.int(corpus.length)].id);
}

export function measureSpeed(makeRanker: () => Ranker, corpus: MatchableListing[], options: SpeedOptions): SpeedReport {
  const before = heapUsed();
  let ranker: Ranker | undefined = makeRanker();
  const built = ranker;
  const buildMs = time(() => built.add(corpus));
  const heapMB = (heapUsed() - before) / 1e6;
  for (const id of queryIds(corpus, 50)) ranker.rank(id, options.topK);
  const samples: number[] = [];
  const ids = queryIds(corpus, options.queries);
  const deadline = performance.now() + options.budgetSeconds * 1000;
  for (const id of ids) {
    if (performance.now() > deadline) break;
    samples.push(time(() => built.rank(id, options.topK)));
  }
  const report: SpeedReport = {
    system: ranker.name,
    listings: corpus.length,
    buildSeconds: Math.round(buildMs / 10) / 100,
    heapMB: Math.round(heapMB),
    matches: summarise(samples),
    skipped: ids.length - samples.length,
    search: summarise(SEARCHES.flatMap(() => SEARCHES.map((query) => time(() => built.search(query, 20))))),
  };
  if (ranker instanceof EngineRanker) report.upsert = measureUpserts(ranker);
  ranker = undefined;
  return report;
}

/** Upserting fresh listings into the full index, then removing them again. */
function measureUpserts(ranker: EngineRanker): LatencySummary {
  const fresh = generateCorpus(500, 99).map((listing, i) => ({ ...listing, id: `fresh${i}`, orgId: `fresh-org${i}` }));
  const samples = fresh.map((listing) => time(() => ranker.engine.upsert(listing)));
  for (const listing of fresh) ranker.engine.remove(listing.id);
  return summarise(samples);
}
