// Load-generator child process: receives a LoadConfig over IPC, runs it, replies with the result.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LoadSession } from './load-session.ts';
import type { LoadConfig, LoadGeneratorMessage, LoadResult } from './types.ts';

function send(message: LoadGeneratorMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) throw new Error('load-generator must be started with an IPC channel');
    process.send(message, undefined, undefined, () => resolve());
  });
}

const LOOP_DELAY_RESOLUTION_MS = 5;

async function runLoad(config: LoadConfig): Promise<LoadResult> {
  // y-websocket adds one process 'exit' listener per provider; hundreds are expected here.
  process.setMaxListeners(config.docNames.length * config.clientsPerDocument + 10);
  const session = new LoadSession(config);
  const connectSeconds = await session.connect();
  await send({ type: 'connected', connectSeconds });
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
  const cpuAtStart = process.cpuUsage();
  loopDelay.enable();
  await session.runEdits();
  await session.settle();
  loopDelay.disable();
  const cpu = process.cpuUsage(cpuAtStart);
  const result = session.result(connectSeconds, {
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    // The histogram measures whole timer intervals; the lag is what exceeds the resolution.
    eventLoopDelayP99Ms: Math.max(0, loopDelay.percentile(99) / 1e6 - LOOP_DELAY_RESOLUTION_MS),
  });
  session.close();
  return result;
}

process.once('message', (config: LoadConfig) => {
  runLoad(config)
    .then((result) => send({ type: 'result', result }))
    .catch((error: unknown) => send({ type: 'failed', error: String(error instanceof Error ? error.stack : error) }))
    .finally(() => process.exit(0));
});
