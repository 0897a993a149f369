// Many open documents on one instance: memory per open document (with its two connections), and
// how long the instance takes to unload them once their clients have left.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { runLoadGenerator } from '../collab/load-generator-process.ts';
import { ProcessSampler, readRssKb } from '../collab/process-sampler.ts';
import type { Endpoint, LoadConfig } from '../collab/types.ts';
import type { BenchContext } from './crowd.ts';
import { startInstances } from './instances.ts';
import type { ManyDocsRun } from './types.ts';

/** The server's default idle grace (Limits.docIdleMs); the unload time includes it. */
const IDLE_GRACE_SECONDS = 30;
const UNLOAD_TIMEOUT_MS = (IDLE_GRACE_SECONDS + 90) * 1000;

async function openDocs(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/healthz`);
  const body = (await response.json()) as { openDocs: number };
  return body.openDocs;
}

/** Seconds until the server holds no document, or null when it still does at the timeout. */
async function waitUnloaded(baseUrl: string): Promise<number | null> {
  const startedAt = performance.now();
  while (performance.now() - startedAt < UNLOAD_TIMEOUT_MS) {
    if ((await openDocs(baseUrl)) === 0) return (performance.now() - startedAt) / 1000;
    await sleep(250);
  }
  return null;
}

function loadConfig(documents: number, endpoint: Endpoint): LoadConfig {
  return {
    target: 'superconnector',
    clientKind: 'y-websocket',
    serverUrl: endpoint.serverUrl,
    token: endpoint.token,
    docNames: Array.from({ length: documents }, () => `note:many-${randomUUID()}`),
    clientsPerDocument: 2,
    // About one edit per client, so every document has content to hold and store.
    editsPerSecond: 0.5,
    durationSeconds: 2,
    settleSeconds: 10,
    rampPerSecond: 500,
    trackSaves: false,
  };
}

function emptyRun(documents: number, redis: boolean): ManyDocsRun {
  return {
    documents,
    redis,
    clientsPerDocument: 2,
    startRssMb: Number.NaN,
    peakRssMb: Number.NaN,
    memoryPerDocumentKb: Number.NaN,
    connectSeconds: Number.NaN,
    connectFailures: 0,
    unloadSeconds: null,
    idleGraceSeconds: IDLE_GRACE_SECONDS,
    rssAfterUnloadMb: Number.NaN,
  };
}

export async function runManyDocs(documents: number, redis: boolean, context: BenchContext): Promise<ManyDocsRun> {
  const redisUrl = redis ? context.redisUrl : undefined;
  const running = await startInstances({ count: 1, redisUrl, repoRoot: context.repoRoot, signal: context.signal });
  const [server] = running.servers;
  const sampler = new ProcessSampler(server.pid);
  const run = emptyRun(documents, redis);
  try {
    sampler.start();
    // The generator destroys its clients before it reports, so the idle clock starts here.
    const load = await runLoadGenerator(loadConfig(documents, running.endpoints[0]), context, () => undefined);
    run.connectSeconds = load.connectSeconds;
    run.connectFailures = load.connectFailures;
    const usage = sampler.stop();
    run.startRssMb = usage.startRssMb;
    run.peakRssMb = usage.peakRssMb;
    run.memoryPerDocumentKb = ((usage.peakRssMb - usage.startRssMb) * 1024) / documents;
    run.unloadSeconds = await waitUnloaded(server.baseUrl);
    run.rssAfterUnloadMb = readRssKb(server.pid) / 1024;
  } catch (error) {
    run.error = String(error);
    sampler.stop();
  } finally {
    await running.stop();
  }
  return run;
}
