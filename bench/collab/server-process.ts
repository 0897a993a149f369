// Starts a server under test as its own child process on a free loopback port, and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { COMPILED_DIR, compileEntry } from '../../server/compile.ts';
import { MEMORY_LINE } from '../memory/memory-line.ts';

const HEALTH_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const LOG_TAIL_LINES = 20;

export interface ServerLaunch {
  /** Entry file, relative to the repository root, compiled the way `npm start` compiles the server and run with plain node. */
  entry: string;
  env: Record<string, string>;
  /** Run the compiled entry inside bench/memory/probe.ts, so memory() can read its heap. */
  probed?: boolean;
  /** The node flags its users run it with (ours: SERVER_NODE_FLAGS, what `npm start` passes). */
  nodeFlags?: string[];
  /** Extra node flags before the entry (e.g. --cpu-prof; the source then runs under tsx, see entryArgs). */
  nodeArgs?: string[];
}

/** A server's memory after a full garbage collection, in bytes (process.memoryUsage()). */
export interface MemoryReading {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/** Asks the kernel for a free port on 127.0.0.1 and releases it for the child to take. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const PROBE_ENTRY = 'bench/memory/probe.ts';
const compiledEntries = new Map<string, Promise<string>>();

/**
 * Each entry compiled once per bench run, every target alike: under tsx each would carry ≈35 MB of
 * transpiler and source maps that neither `npm start` nor the peers' own users pay.
 */
function compiled(entry: string, repoRoot?: string): Promise<string> {
  // Another checkout (bench:store's older release) is compiled inside itself, against its own node_modules.
  const outDir = repoRoot ? path.join(repoRoot, 'dist-server', 'bench', path.basename(entry, '.ts')) : path.join(COMPILED_DIR, 'bench', path.basename(entry, '.ts'));
  const key = `${outDir}:${entry}`;
  let script = compiledEntries.get(key);
  if (!script) compiledEntries.set(key, (script = compileEntry(entry, outDir, repoRoot)));
  return script;
}

/**
 * The compiled entry (inside the probe when asked), except under extra node flags (--cpu-prof):
 * a profile of the bundle would name its chunks, not our source files, so that runs under tsx.
 */
async function entryArgs(launch: ServerLaunch, repoRoot: string): Promise<string[]> {
  if (launch.nodeArgs?.length) return ['--import', 'tsx', launch.entry];
  const script = await compiled(launch.entry, repoRoot);
  return launch.probed ? ['--expose-gc', await compiled(PROBE_ENTRY), script] : [script];
}

/** A running server child with its captured output. */
export class ServerProcess {
  readonly logTail: string[] = [];
  logLines = 0;
  private exited = false;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.once('exit', () => {
      this.exited = true;
    });
    // Spawn failures and aborts (Ctrl-C of the bench kills the child through `signal`) land here.
    child.on('error', (error) => {
      this.exited = true;
      this.keepLog(`[bench] ${error.message}`);
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => this.keepLog(chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => this.keepLog(chunk));
  }

  /** Spawns `node <compiled entry>` directly (no wrapper process) so the pid is the server itself. */
  static async start(launch: ServerLaunch, repoRoot: string, signal: AbortSignal): Promise<ServerProcess> {
    const port = await findFreePort();
    const child = spawn(process.execPath, [...(launch.nodeFlags ?? []), ...(launch.nodeArgs ?? []), ...(await entryArgs(launch, repoRoot))], {
      cwd: repoRoot,
      env: { ...process.env, ...launch.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal,
    });
    const server = new ServerProcess(child, port);
    await server.waitHealthy();
    return server;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Asks a probed server (ServerLaunch.probed) for its memory after a full collection. */
  memory(): Promise<MemoryReading> {
    return new Promise((resolve) => {
      const onData = (chunk: string): void => {
        const line = chunk.split('\n').find((entry) => entry.startsWith(MEMORY_LINE));
        if (!line) return;
        this.child.stdout?.off('data', onData);
        resolve(JSON.parse(line.slice(MEMORY_LINE.length)) as MemoryReading);
      };
      this.child.stdout?.on('data', onData);
      this.child.kill('SIGUSR2');
    });
  }

  /** SIGTERM, then SIGKILL after a grace period; returns how long the shutdown took. */
  async stop(): Promise<number> {
    const startedAt = performance.now();
    if (this.exited) return 0;
    const exit = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const stoppedInTime = await Promise.race([exit.then(() => true), sleep(STOP_GRACE_MS, false, { ref: false })]);
    if (!stoppedInTime) {
      this.keepLog(`[bench] server ignored SIGTERM for ${STOP_GRACE_MS} ms, sent SIGKILL\n`);
      this.child.kill('SIGKILL');
      await exit;
    }
    return performance.now() - startedAt;
  }

  private async waitHealthy(): Promise<void> {
    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`server exited before healthy: ${this.logTail.join(' | ')}`);
      if (await this.isHealthy()) return;
      await sleep(100);
    }
    await this.stop();
    throw new Error(`server not healthy after ${HEALTH_TIMEOUT_MS} ms`);
  }

  private async isHealthy(): Promise<boolean> {
    try {
      const response = await fetch(`${this.baseUrl}/healthz`);
      await response.arrayBuffer();
      return response.status === 200;
    } catch {
      // Not listening yet; the caller retries until its deadline.
      return false;
    }
  }

  private keepLog(chunk: string): void {
    for (const line of chunk.split('\n')) {
      if (line.trim() === '') continue;
      this.logLines += 1;
      this.logTail.push(line.length > 400 ? `${line.slice(0, 400)}…` : line);
      if (this.logTail.length > LOG_TAIL_LINES) this.logTail.shift();
    }
  }
}
