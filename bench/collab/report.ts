// Text report of a bench run: one table per scenario, ratios to peers, and per-run remarks.
import { remarksOf } from './report-remarks.ts';
import { fixed } from './format-number.ts';
import type { ScenarioReport, TargetName, TargetRun } from './types.ts';

const COLUMNS = ['target', 'p50 ms', 'p99 ms', 'max ms', 'updates/s', 'lost', 'converged', 'start RSS MB', 'peak RSS MB', 'CPU s', 'CPU µs/update'];
const RATIO_FIGURES = ['p50', 'p99', 'max', 'updates/s', 'start RSS', 'peak RSS', 'CPU s', 'CPU/update'] as const;
type RatioFigure = (typeof RATIO_FIGURES)[number];

/** Superconnector's figure divided by a peer's, per figure. */
export type PeerRatios = Partial<Record<TargetName, Record<RatioFigure, number>>>;

function rowOf(run: TargetRun): string[] {
  const load = run.load;
  const converged = load ? `${load.documentsConverged}/${load.documentsTotal}` : '–';
  return [
    run.target,
    fixed(load?.latency.p50, 1),
    fixed(load?.latency.p99, 1),
    fixed(load?.latency.max, 1),
    fixed(load?.deliveredPerSecond, 0),
    load ? String(load.editsLost) : '–',
    converged,
    fixed(run.usage.startRssMb, 1),
    fixed(run.usage.peakRssMb, 1),
    fixed(run.usage.cpuSeconds, 2),
    fixed(cpuPerUpdateMicros(run), 1),
  ];
}

/** Server CPU per delivered update (one edit reaching one peer), in microseconds. */
export function cpuPerUpdateMicros(run: TargetRun): number {
  return run.load && run.load.deliveries > 0 ? (run.usage.cpuSeconds * 1e6) / run.load.deliveries : Number.NaN;
}

function formatTable(rows: string[][]): string {
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const pad = (cell: string, column: number): string =>
    column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]);
  const format = (row: string[]): string => row.map(pad).join('  ');
  return [format(rows[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(format)].join('\n');
}

function figuresOf(run: TargetRun): Record<RatioFigure, number> {
  return {
    p50: run.load?.latency.p50 ?? Number.NaN,
    p99: run.load?.latency.p99 ?? Number.NaN,
    max: run.load?.latency.max ?? Number.NaN,
    'updates/s': run.load?.deliveredPerSecond ?? Number.NaN,
    'start RSS': run.usage.startRssMb,
    'peak RSS': run.usage.peakRssMb,
    'CPU s': run.usage.cpuSeconds,
    'CPU/update': cpuPerUpdateMicros(run),
  };
}

/** Ratios of Superconnector to each other target that ran. */
export function peerRatios(report: ScenarioReport): PeerRatios {
  const ours = report.runs.find((run) => run.target === 'superconnector');
  const ratios: PeerRatios = {};
  if (!ours) return ratios;
  const oursFigures = figuresOf(ours);
  for (const peer of report.runs.filter((run) => run.target !== 'superconnector')) {
    const peerFigures = figuresOf(peer);
    ratios[peer.target] = Object.fromEntries(
      RATIO_FIGURES.map((figure) => [figure, oursFigures[figure] / peerFigures[figure]]),
    ) as Record<RatioFigure, number>;
  }
  return ratios;
}

function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Per scenario name, the median over its rounds of each ratio to each peer. */
export function medianRatios(reports: ScenarioReport[]): Record<string, PeerRatios> {
  const byScenario = new Map<string, PeerRatios[]>();
  for (const report of reports) byScenario.set(report.scenario.name, [...(byScenario.get(report.scenario.name) ?? []), peerRatios(report)]);
  return Object.fromEntries(
    [...byScenario].map(([name, rounds]) => {
      const peers = [...new Set(rounds.flatMap((ratios) => Object.keys(ratios) as TargetName[]))];
      const medians: PeerRatios = {};
      for (const peer of peers) {
        medians[peer] = Object.fromEntries(RATIO_FIGURES.map((figure) => [figure, median(rounds.map((ratios) => ratios[peer]?.[figure] ?? Number.NaN))])) as Record<RatioFigure, number>;
      }
      return [name, medians];
    }),
  );
}

/** The median ratios of every scenario that ran more than one round. */
export function formatMedianRatios(reports: ScenarioReport[]): string {
  const rounds = (name: string) => reports.filter((report) => report.scenario.name === name).length;
  return Object.entries(medianRatios(reports))
    .map(([name, ratios]) => [`${name}: median of ${rounds(name)} rounds`, ...formatRatios(ratios)].join('\n'))
    .join('\n\n');
}

function formatRatios(ratios: PeerRatios): string[] {
  return Object.entries(ratios).map(([peer, figures]) => {
    const parts = RATIO_FIGURES.map((figure) => `${figure} ×${fixed(figures[figure], 2)}`);
    return `superconnector / ${peer}: ${parts.join(', ')}`;
  });
}

/** The printable report of one scenario. */
export function formatScenario(report: ScenarioReport): string {
  const { scenario } = report;
  const title =
    `${scenario.name}: ${scenario.documents} doc × ${scenario.clientsPerDocument} clients × ` +
    `${scenario.editsPerSecond} edits/s × ${scenario.durationSeconds} s`;
  return [
    title,
    formatTable([COLUMNS, ...report.runs.map(rowOf)]),
    ...formatRatios(peerRatios(report)),
    ...report.runs.flatMap(remarksOf),
  ].join('\n');
}
