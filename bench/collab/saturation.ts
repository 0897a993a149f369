// Saturation: one document with 20 clients, the edit rate doubled run after run, per target,
// until p99 latency passes the limit (or edits are lost, or the run fails). The point reported is
// the highest delivered updates/s still within the limit, beside the run that crossed it.
import { fixed } from './format-number.ts';
import { runTarget, type RunContext } from './run-target.ts';
import { createTargets } from './targets.ts';
import type { Scenario, TargetName, TargetRun } from './types.ts';

export const SATURATION_P99_LIMIT_MS = 100;
const CLIENTS = 20;
const FIRST_RATE = 5;
const MAX_STEPS = 7;
const STEP_SECONDS = 8;

export interface SaturationStep {
  editsPerSecond: number;
  deliveredPerSecond: number;
  p99Ms: number;
  editsLost: number;
  cpuSeconds: number;
  error?: string;
}

export interface SaturationPoint {
  target: TargetName;
  /** The highest delivered updates/s with p99 within the limit; null when even the first step crossed it. */
  withinLimit: SaturationStep | null;
  /** The first step past the limit; null when the last step stayed within it. */
  crossed: SaturationStep | null;
  steps: SaturationStep[];
}

function stepOf(editsPerSecond: number, run: TargetRun): SaturationStep {
  return {
    editsPerSecond,
    deliveredPerSecond: run.load?.deliveredPerSecond ?? Number.NaN,
    p99Ms: run.load?.latency.p99 ?? Number.NaN,
    editsLost: run.load?.editsLost ?? Number.NaN,
    cpuSeconds: run.usage.cpuSeconds,
    ...(run.error ? { error: run.error } : {}),
  };
}

const crossesLimit = (step: SaturationStep) => step.error !== undefined || step.editsLost !== 0 || !(step.p99Ms <= SATURATION_P99_LIMIT_MS);

export async function runSaturation(context: RunContext, log: (line: string) => void): Promise<SaturationPoint[]> {
  const points: SaturationPoint[] = [];
  for (const target of createTargets(context.options.trackSaves)) {
    if (!context.options.targets.includes(target.name)) continue;
    const point: SaturationPoint = { target: target.name, withinLimit: null, crossed: null, steps: [] };
    for (let step = 0, rate = FIRST_RATE; step < MAX_STEPS && !context.signal.aborted; step += 1, rate *= 2) {
      const scenario: Scenario = { name: `saturation-${rate}`, documents: 1, clientsPerDocument: CLIENTS, editsPerSecond: rate, durationSeconds: STEP_SECONDS };
      log(`[bench] saturation → ${target.name} at ${rate} edits/s per client …`);
      const result = stepOf(rate, await runTarget(target, scenario, context));
      point.steps.push(result);
      if (crossesLimit(result)) {
        point.crossed = result;
        break;
      }
      point.withinLimit = result;
    }
    points.push(point);
  }
  return points;
}

export function formatSaturation(points: SaturationPoint[]): string {
  const describe = (step: SaturationStep | null) =>
    step ? `${fixed(step.deliveredPerSecond, 0)} updates/s (p99 ${fixed(step.p99Ms, 1)} ms, ${step.editsPerSecond} edits/s/client${step.error ? `, ${step.error}` : ''})` : '–';
  return [
    `saturation: 1 doc × ${CLIENTS} clients, edit rate doubled from ${FIRST_RATE}/s per client, ${STEP_SECONDS} s per step, limit p99 ${SATURATION_P99_LIMIT_MS} ms`,
    ...points.map((point) => `  ${point.target}: within limit up to ${describe(point.withinLimit)}; crossed at ${describe(point.crossed)}`),
  ].join('\n');
}
