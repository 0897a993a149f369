// `npm run bench:collab`: the same collaboration load against Superconnector, Hocuspocus and the
// reference y-websocket server, each in its own process, driven by a separate load-generator process.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchOptions, USAGE, type BenchOptions } from './cli-options.ts';
import { createTargets } from './targets.ts';
import { runTarget, type RunContext } from './run-target.ts';
import { formatMedianRatios, formatScenario, medianRatios, peerRatios } from './report.ts';
import { formatSaturation, runSaturation, type SaturationPoint } from './saturation.ts';
import type { ScenarioReport } from './types.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const resultsDir = path.join(repoRoot, 'bench', 'results');

function write(text: string): void {
  process.stdout.write(`${text}\n`);
}

async function runScenarios(options: BenchOptions, signal: AbortSignal): Promise<ScenarioReport[]> {
  const context: RunContext = { options, repoRoot, signal };
  const reports: ScenarioReport[] = [];
  for (const scenario of options.scenarios) {
    for (let round = 1; round <= options.rounds; round++) {
      const report: ScenarioReport = { scenario, round, runs: [] };
      for (const target of createTargets(options.trackSaves)) {
        if (!options.targets.includes(target.name) || signal.aborted) continue;
        write(`[bench] ${scenario.name}${options.rounds > 1 ? ` round ${round}/${options.rounds}` : ''} → ${target.name} …`);
        report.runs.push(await runTarget(target, scenario, context));
      }
      reports.push(report);
      write(`\n${formatScenario(report)}\n`);
    }
  }
  if (options.rounds > 1) write(`${formatMedianRatios(reports)}\n`);
  return reports;
}

interface BenchResults {
  scenarios: ScenarioReport[];
  saturation?: SaturationPoint[];
}

function saveResults(options: BenchOptions, { scenarios, saturation }: BenchResults, startedAt: Date): string {
  mkdirSync(resultsDir, { recursive: true });
  const kind = saturation ? 'collab-saturation' : 'collab';
  const file = path.join(resultsDir, `${kind}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const document = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    environment: { node: process.version, platform: process.platform, cpus: cpus().length, cpuModel: cpus()[0]?.model },
    options,
    scenarios: scenarios.map((report) => ({ ...report, ratios: peerRatios(report) })),
    ...(options.rounds > 1 ? { medianRatios: medianRatios(scenarios) } : {}),
    ...(saturation ? { saturation } : {}),
  };
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return file;
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (!options) {
    write(USAGE);
    return;
  }
  const abort = new AbortController();
  // Ctrl-C: abort kills the server and generator children through their `signal` option.
  process.once('SIGINT', () => abort.abort());
  process.once('SIGTERM', () => abort.abort());
  const startedAt = new Date();
  const results: BenchResults = options.saturation
    ? { scenarios: [], saturation: await runSaturation({ options, repoRoot, signal: abort.signal }, write) }
    : { scenarios: await runScenarios(options, abort.signal) };
  if (results.saturation) write(`\n${formatSaturation(results.saturation)}\n`);
  write(`[bench] results written to ${path.relative(repoRoot, saveResults(options, results, startedAt))}`);
  if (abort.signal.aborted) process.exitCode = 130;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exitCode = 1;
});
