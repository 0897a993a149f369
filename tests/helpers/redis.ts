// A real redis-server for tests, on a random loopback port with its own temp dir: start, stop,
// kill -9 and restart on the same port. Suites skip with one line when Debian's redis-server is
// missing, unless REQUIRE_REDIS=1 (CI) makes that a failure.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const REDIS_SERVER_PATH = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((candidate) => existsSync(candidate));
export const redisPresent = REDIS_SERVER_PATH !== undefined;
/** CI sets REQUIRE_REDIS=1 so a missing redis-server fails the suite instead of skipping it. */
export const redisRequired = process.env.REQUIRE_REDIS === '1';
export const skipRedisTests = !redisPresent && !redisRequired;
export const REDIS_SKIP_REASON = 'skipped: redis-server not found (apt-get install redis-server)';

const READY_TIMEOUT_MS = 10_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** True once the server answers PING on the port. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export class RedisServer {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  /** Starts a fresh, non-persistent redis-server; throws when it is not installed. */
  static async start(): Promise<RedisServer> {
    if (!REDIS_SERVER_PATH) throw new Error('REQUIRE_REDIS=1 but redis-server is missing; install it with apt-get install redis-server');
    const server = new RedisServer(await freePort(), await mkdtemp(path.join(os.tmpdir(), 'superconnector-redis-')));
    await server.launch();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Stops it gracefully (SIGTERM). */
  async stop(): Promise<void> {
    this.child?.kill('SIGTERM');
    await this.exited;
  }

  /** kill -9: connections drop at once, nothing is said to the clients. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  /** Starts again on the same port (after stop or kill), empty. */
  async restart(): Promise<void> {
    await this.exited;
    await this.launch();
  }

  /** Stops it and removes its directory. */
  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }

  private async launch(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'warning'];
    const child = spawn(REDIS_SERVER_PATH ?? 'redis-server', args, { stdio: 'ignore' });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (!(await answersPing(this.port))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${this.port}`);
      await sleep(20);
    }
  }
}
