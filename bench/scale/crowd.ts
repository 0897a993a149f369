// One crowd run: N instances, C clients of one document spread round-robin over them, a fixed
// total edit rate per document, measured by the bench:collab load generator.
import { randomUUID } from 'node:crypto';
import { runLoadGenerator } from '../collab/load-generator-process.ts';
import { NO_USAGE, ProcessSampler } from '../collab/process-sampler.ts';
import type { LoadConfig } from '../collab/types.ts';
import { startInstances } from './instances.ts';
import type { CrowdRun } from './types.ts';

export interface CrowdSpec {
  instances: number;
  /** False: one instance without REDIS_URL, as a baseline. */
  redis: boolean;
  clientsPerDocument: number;
  /** Edits per second of the whole document, shared by its clients. */
  documentEditsPerSecond: number;
  durationSeconds: number;
}

export interface BenchContext {
  repoRoot: string;
  signal: AbortSignal;
  redisUrl: string;
}

const SETTLE_SECONDS = 5;
const RAMP_PER_SECOND = 200;

export async function runCrowd(spec: CrowdSpec, context: BenchContext): Promise<CrowdRun> {
  const run: CrowdRun = {
    instances: spec.instances,
    redis: spec.redis,
    clientsPerDocument: spec.clientsPerDocument,
    editsPerSecondPerClient: spec.documentEditsPerSecond / spec.clientsPerDocument,
    durationSeconds: spec.durationSeconds,
    load: null,
    usage: Array.from({ length: spec.instances }, () => NO_USAGE),
  };
  const redisUrl = spec.redis ? context.redisUrl : undefined;
  const running = await startInstances({ count: spec.instances, redisUrl, repoRoot: context.repoRoot, signal: context.signal });
  const samplers = running.servers.map((server) => new ProcessSampler(server.pid));
  try {
    for (const sampler of samplers) sampler.start();
    const config: LoadConfig = {
      target: 'superconnector',
      clientKind: 'y-websocket',
      serverUrl: running.endpoints[0].serverUrl,
      token: running.endpoints[0].token,
      endpoints: running.endpoints,
      docNames: [`note:scale-${randomUUID()}`],
      clientsPerDocument: spec.clientsPerDocument,
      editsPerSecond: run.editsPerSecondPerClient,
      durationSeconds: spec.durationSeconds,
      settleSeconds: SETTLE_SECONDS,
      rampPerSecond: RAMP_PER_SECOND,
      trackSaves: true,
    };
    run.load = await runLoadGenerator(config, context, () => samplers.forEach((sampler) => sampler.markLoadStart()));
  } catch (error) {
    run.error = String(error);
  } finally {
    run.usage = samplers.map((sampler) => sampler.stop());
    await running.stop();
  }
  return run;
}
