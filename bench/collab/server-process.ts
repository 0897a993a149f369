// Starts a server under test as its own child process on a free loopback port, and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const HEALTH_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const LOG_TAIL_LINES = 20;

export interface ServerLaunch {
  /** Entry file, relative to the repository root, run with `node --import tsx`. */
  entry: string;
  env: Record<string, string>;
  /** Extra node flags before the entry (e.g. --cpu-prof). */
  nodeArgs?: string[];
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

  /** Spawns `node --import tsx <entry>` directly (not the tsx CLI) so the pid is the server itself. */
  static async start(launch: ServerLaunch, repoRoot: string, signal: AbortSignal): Promise<ServerProcess> {
    const port = await findFreePort();
    const child = spawn(process.execPath, [...(launch.nodeArgs ?? []), '--import', 'tsx', launch.entry], {
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
