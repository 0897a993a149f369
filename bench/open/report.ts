// bench:open's table: per variant, each measurement's p50 and max over the runs (ms), against
// issue 16's targets (server cold open < 150 ms, browser first text < 300 ms).
import { summarizeLatency } from '../collab/latency-stats.ts';
import type { FirstText } from './browser-open.ts';
import type { VariantRun } from './opens.ts';
import type { Variant } from './prepare.ts';

const SERVER_TARGET_MS = 150;
const BROWSER_TARGET_MS = 300;

export interface Figure {
  variant: Variant;
  measurement: string;
  targetMs: number;
  p50: number;
  max: number;
  /** Browser rows: p50 of the time until the words were in the DOM (the rest is layout and paint). */
  domP50?: number;
}

const BROWSER_ROWS: [string, (run: VariantRun) => FirstText][] = [
  ['first text, hash change, cold', (run) => run.hash.cold],
  ['first text, hash change, warm', (run) => run.hash.warm],
  ['first text, page load, cold', (run) => run.load.cold],
  ['first text, page load, warm', (run) => run.load.warm],
];

export function figures(variant: Variant, runs: VariantRun[]): Figure[] {
  const server = summarizeLatency(runs.map((run) => run.server.ms));
  const rows: Figure[] = [{ variant, measurement: 'server cold open (first sync)', targetMs: SERVER_TARGET_MS, p50: server.p50, max: server.max }];
  for (const [measurement, pick] of BROWSER_ROWS) {
    const paint = summarizeLatency(runs.map((run) => pick(run).paintMs));
    rows.push({ variant, measurement, targetMs: BROWSER_TARGET_MS, p50: paint.p50, max: paint.max, domP50: summarizeLatency(runs.map((run) => pick(run).domMs)).p50 });
  }
  return rows;
}

export function printTable(rows: Figure[], runs: number): void {
  const head = ['note', 'measurement', `p50 ms (${runs} runs)`, 'max ms', 'target ms', 'p50 in DOM ms'];
  process.stdout.write(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n`);
  for (const row of rows) {
    const over = row.p50 > row.targetMs ? ' (over)' : '';
    process.stdout.write(`| ${row.variant} | ${row.measurement} | ${row.p50.toFixed(0)}${over} | ${row.max.toFixed(0)} | < ${row.targetMs} | ${row.domP50?.toFixed(0) ?? ''} |\n`);
  }
}
