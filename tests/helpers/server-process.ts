// The real server entry point in a child process, for tests that must kill -9 it.
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { CollabClient } from './yjs-clients.ts';

export interface ServerProcess {
  url: string;
  wsUrl: string;
  child: ChildProcess;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<number | string | null>;
}

const ENTRY = path.resolve('server/index.ts');

/** Starts `server/index.ts` on a free port and resolves once it logged that it is listening. */
export function startServerProcess(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  // Node itself with tsx as a loader: the tsx CLI would run the server in a grandchild, so a
  // SIGKILL of the child would leave the real server running, orphaned, on the same DATA_DIR.
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', STATIC_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  return new Promise((resolve, reject) => {
    let output = '';
    // Generous: on a loaded two-core machine tsx alone can take most of 20 s. A child that never
    // said it listens is killed, or it would stay behind holding its DATA_DIR.
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${output}`));
    }, 60_000);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timeout);
      const port = Number(match[1]);
      resolve({ url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}`, child, exited });
    });
    void exited.then((code) => reject(new Error(`server exited early (${code}):\n${output}`)));
  });
}

/** What a fault test starts around child servers, torn down after each test: clients first, then servers, then their DATA_DIRs. */
export class ChildServerRig {
  readonly dirs: string[] = [];
  readonly processes: ServerProcess[] = [];
  readonly clients: CollabClient[] = [];

  async tearDown(): Promise<void> {
    for (const client of this.clients.splice(0)) client.destroy();
    for (const server of this.processes.splice(0)) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    for (const dir of this.dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  }
}
