// Command-line flags of `npm run bench:collab` and the scenarios they select.
import { parseArgs } from 'node:util';
import { TARGET_NAMES, type Scenario, type TargetName } from './types.ts';

export interface BenchOptions {
  scenarios: Scenario[];
  targets: TargetName[];
  settleSeconds: number;
  rampPerSecond: number;
  trackSaves: boolean;
  /** Run the saturation search instead of the scenarios. */
  saturation: boolean;
  /** Times every scenario runs (targets in turn each round); the report adds the median ratios. */
  rounds: number;
  /** Profile each server's load phase with `node --cpu-prof` (files under bench/results/profiles/). */
  cpuProfile: boolean;
}

const DEFAULT_DURATION_SECONDS = 20;
const QUICK_DURATION_SECONDS = 3;

/** The two required shapes: one crowded document, and many documents with a pair each. */
function defaultScenarios(durationSeconds: number): Scenario[] {
  return [
    { name: 'one-doc-crowd', documents: 1, clientsPerDocument: 20, editsPerSecond: 10, durationSeconds },
    { name: 'many-doc-pairs', documents: 200, clientsPerDocument: 2, editsPerSecond: 2, durationSeconds },
  ];
}

export const USAGE = `Usage: npm run bench:collab -- [flags]
  --quick                 ${QUICK_DURATION_SECONDS} s per run instead of ${DEFAULT_DURATION_SECONDS} s (smoke test)
  --only a,b              targets to run: ${TARGET_NAMES.join(', ')} (default: all)
  --scenario a,b          default scenarios to run: one-doc-crowd, many-doc-pairs (default: both)
  --docs D --clients C --rate E
                          run one custom scenario instead (missing values: 1 doc, 2 clients, 1 edit/s)
  --duration T            seconds of editing per run
  --rounds N              run each scenario N times, targets taking turns, and report the median
                          ratios (CPU figures of one run move by 20–30 % on a shared machine; default 1)
  --settle S              max seconds to wait for stragglers after editing (default 5)
  --ramp N                connections opened per second (default 200)
  --no-saves              do not opt in to Superconnector's "saved" notices
  --saturation            instead: raise the edit rate on 1 doc × 20 clients until p99 passes 100 ms, per target
  --cpu-prof              write V8 CPU profiles of each server run under bench/results/profiles/<run>/
  --help`;

function positive(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${flag} must be a positive number`);
  return parsed;
}

function selectTargets(only: string | undefined): TargetName[] {
  if (!only) return [...TARGET_NAMES];
  const wanted = only.split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !TARGET_NAMES.some((target) => target === name));
  if (unknown.length > 0) throw new Error(`unknown target(s): ${unknown.join(', ')}`);
  return TARGET_NAMES.filter((target) => wanted.includes(target));
}

/** Parses argv; returns null when --help was asked for. */
export function parseBenchOptions(argv: string[]): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      scenario: { type: 'string' },
      docs: { type: 'string' },
      clients: { type: 'string' },
      rate: { type: 'string' },
      duration: { type: 'string' },
      settle: { type: 'string' },
      rounds: { type: 'string' },
      ramp: { type: 'string' },
      'no-saves': { type: 'boolean', default: false },
      saturation: { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const durationSeconds = positive(
    values.duration,
    'duration',
    values.quick ? QUICK_DURATION_SECONDS : DEFAULT_DURATION_SECONDS,
  );
  const custom = values.docs !== undefined || values.clients !== undefined || values.rate !== undefined;
  const scenarios = custom
    ? [
        {
          name: 'custom',
          documents: Math.round(positive(values.docs, 'docs', 1)),
          clientsPerDocument: Math.round(positive(values.clients, 'clients', 2)),
          editsPerSecond: positive(values.rate, 'rate', 1),
          durationSeconds,
        },
      ]
    : defaultScenarios(durationSeconds).filter(
        (scenario) => !values.scenario || values.scenario.split(',').includes(scenario.name),
      );
  if (scenarios.length === 0) throw new Error(`no scenario matches --scenario ${values.scenario}`);
  return {
    scenarios,
    targets: selectTargets(values.only),
    settleSeconds: positive(values.settle, 'settle', 5),
    rounds: Math.round(positive(values.rounds, 'rounds', 1)),
    rampPerSecond: positive(values.ramp, 'ramp', 200),
    trackSaves: !values['no-saves'],
    saturation: values.saturation,
    cpuProfile: values['cpu-prof'],
  };
}
