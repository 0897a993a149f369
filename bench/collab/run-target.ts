// One target under one scenario: start its server, prepare documents, drive load, sample, stop,
// and for a persistent target restart it on the same data and read every document back.
import { loadavg } from 'node:os';
import path from 'node:path';
import { ServerProcess, type ServerLaunch } from './server-process.ts';
import { NO_USAGE, ProcessSampler } from './process-sampler.ts';
import { runLoadGenerator } from './load-generator-process.ts';
import { readBackDocuments } from './restart-check.ts';
import type { BenchTarget, PreparedTarget } from './targets.ts';
import type { BenchOptions } from './cli-options.ts';
import type { LoadConfig, LoadResult, RestartCheck, Scenario, TargetRun } from './types.ts';

export interface RunContext {
  options: BenchOptions;
  repoRoot: string;
  signal: AbortSignal;
}

/** Runs `scenario` against `target`; failures become a row with `error` set, never a throw. */
export async function runTarget(target: BenchTarget, scenario: Scenario, context: RunContext): Promise<TargetRun> {
  const run = emptyRun(target);
  try {
    const { prepared, load } = await runLoadPhase(target, scenario, context, run);
    if (target.persistent && load && !context.signal.aborted) {
      run.restartCheck = await checkAfterRestart(target, prepared, load, context);
    }
  } catch (error) {
    run.error ??= String(error);
  } finally {
    run.notes.push(...target.cleanUp());
  }
  return run;
}

async function runLoadPhase(target: BenchTarget, scenario: Scenario, context: RunContext, run: TargetRun) {
  const server = await ServerProcess.start(profiled(target.launch(), target, scenario, context), context.repoRoot, context.signal);
  const sampler = new ProcessSampler(server.pid);
  let prepared: PreparedTarget | null = null;
  try {
    prepared = await target.prepare(server.port, scenario.documents);
    run.notes.push(...prepared.notes);
    sampler.start();
    const config = loadConfigFor(target, scenario, prepared, context.options);
    run.load = await runLoadGenerator(config, context, () => sampler.markLoadStart());
    run.machineLoadAverage = loadavg()[0];
  } catch (error) {
    run.error = String(error);
  } finally {
    run.usage = sampler.stop();
    run.shutdownMs = await server.stop();
    run.serverLogLines = server.logLines;
    run.serverLogTail = [...server.logTail];
  }
  return { prepared: prepared ?? emptyPrepared(), load: run.load };
}

// V8 writes the profiles when the server exits (it handles SIGTERM), so they cover setup and load,
// not the restart check. One folder per run: each thread (tsx's loader thread too) writes its own file.
function profiled(launch: ServerLaunch, target: BenchTarget, scenario: Scenario, context: RunContext): ServerLaunch {
  if (!context.options.cpuProfile) return launch;
  const folder = `${scenario.name}-${target.name}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  return { ...launch, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', path.join(context.repoRoot, 'bench', 'results', 'profiles', folder)] };
}

async function checkAfterRestart(
  target: BenchTarget,
  prepared: PreparedTarget,
  load: LoadResult,
  context: RunContext,
): Promise<RestartCheck> {
  const startedAt = performance.now();
  const server = await ServerProcess.start(target.launch(), context.repoRoot, context.signal);
  const restartSeconds = (performance.now() - startedAt) / 1000;
  try {
    // The port changed with the restart; the document names and the token did not.
    const serverUrl = prepared.serverUrl.replace(/:\d+(?=\/|$)/, `:${server.port}`);
    const readBack = await readBackDocuments(
      { clientKind: target.clientKind, serverUrl, token: prepared.token, trackSaves: false },
      prepared.docNames,
      load.convergedDigests,
      context.options.rampPerSecond,
    );
    return {
      documentsChecked: prepared.docNames.length,
      documentsMatching: readBack.matching,
      documentsUnreadable: readBack.unreadable,
      restartSeconds,
    };
  } finally {
    await server.stop();
  }
}

function loadConfigFor(
  target: BenchTarget,
  scenario: Scenario,
  prepared: PreparedTarget,
  options: BenchOptions,
): LoadConfig {
  return {
    target: target.name,
    clientKind: target.clientKind,
    serverUrl: prepared.serverUrl,
    docNames: prepared.docNames,
    token: prepared.token,
    trackSaves: prepared.trackSaves,
    clientsPerDocument: scenario.clientsPerDocument,
    editsPerSecond: scenario.editsPerSecond,
    durationSeconds: scenario.durationSeconds,
    settleSeconds: options.settleSeconds,
    rampPerSecond: options.rampPerSecond,
  };
}

function emptyPrepared(): PreparedTarget {
  return { serverUrl: '', docNames: [], trackSaves: false, notes: [] };
}

function emptyRun(target: BenchTarget): TargetRun {
  return {
    target: target.name,
    load: null,
    usage: NO_USAGE,
    serverLogLines: 0,
    serverLogTail: [],
    shutdownMs: 0,
    machineLoadAverage: Number.NaN,
    notes: [],
  };
}
