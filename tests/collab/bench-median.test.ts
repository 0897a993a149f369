import { describe, expect, it } from 'vitest';
import { medianRatios } from '../../bench/collab/report.ts';
import type { ScenarioReport, TargetName, TargetRun } from '../../bench/collab/types.ts';

const scenario = { name: 'one-doc-crowd', documents: 1, clientsPerDocument: 20, editsPerSecond: 10, durationSeconds: 8 };

function run(target: TargetName, cpuSeconds: number): TargetRun {
  return { target, usage: { cpuSeconds, startRssMb: 100, peakRssMb: 120 }, load: { deliveries: 1_000_000, latency: { p50: 1, p99: 10, max: 20, samples: 1 }, deliveredPerSecond: 100 } } as unknown as TargetRun;
}

describe('bench:collab --rounds', () => {
  it('reports the median of each round’s ratio, not the ratio of one round', () => {
    const rounds: ScenarioReport[] = [[3, 2], [2, 2], [1.5, 3]].map(([ours, reference], index) => ({
      scenario,
      round: index + 1,
      runs: [run('superconnector', ours), run('reference', reference)],
    }));
    const medians = medianRatios(rounds)['one-doc-crowd'].reference;
    expect(medians?.['CPU/update']).toBeCloseTo(1.0);
    expect(medians?.['start RSS']).toBeCloseTo(1.0);
  });
});
