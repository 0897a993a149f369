// Runs the load generator as a child process and waits for its result over IPC.
import { fork } from 'node:child_process';
import type { LoadConfig, LoadGeneratorMessage, LoadResult } from './types.ts';

const GENERATOR_ENTRY = 'bench/collab/load-generator.ts';
/** Headroom beyond ramp + editing + settle before the generator is presumed stuck. */
const EXTRA_TIMEOUT_MS = 90_000;

function timeoutFor(config: LoadConfig): number {
  const clients = config.docNames.length * config.clientsPerDocument;
  const rampMs = (1000 * clients) / config.rampPerSecond;
  return rampMs + 1000 * (config.durationSeconds + config.settleSeconds) + EXTRA_TIMEOUT_MS;
}

/**
 * Forks the generator, hands it `config`, calls `onConnected` once every client synced, and
 * resolves with its result or rejects on failure/timeout.
 */
export function runLoadGenerator(
  config: LoadConfig,
  { repoRoot, signal }: { repoRoot: string; signal: AbortSignal },
  onConnected: () => void,
): Promise<LoadResult> {
  const child = fork(GENERATOR_ENTRY, [], {
    cwd: repoRoot,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    signal,
  });
  return new Promise<LoadResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`load generator gave no result within ${timeoutFor(config)} ms`));
    }, timeoutFor(config));
    const settle = (action: () => void): void => {
      clearTimeout(timer);
      action();
    };
    child.on('message', (message: LoadGeneratorMessage) => {
      if (message.type === 'connected') onConnected();
      if (message.type === 'result') settle(() => resolve(message.result));
      if (message.type === 'failed') settle(() => reject(new Error(`load generator failed: ${message.error}`)));
    });
    child.once('error', (error) => settle(() => reject(error)));
    child.once('exit', (code) => settle(() => reject(new Error(`load generator exited (${code}) without a result`))));
    child.send(config);
  });
}
