// Starts N Superconnector instances as separate processes joined over one Redis. No MongoDB is
// available here and an embedded store belongs to one process, so each instance has its own
// DATA_DIR: a bench user is registered on each, and `note:` documents are claimed on first open
// in each store. Content still converges through Redis alone, which is what is measured.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../../server/compile.ts';
import { ServerProcess } from '../collab/server-process.ts';
import { prepareSuperconnector } from '../collab/superconnector-setup.ts';
import type { Endpoint } from '../collab/types.ts';

export interface RunningInstances {
  servers: ServerProcess[];
  endpoints: Endpoint[];
  stop(): Promise<void>;
}

interface InstanceOptions {
  count: number;
  /** Absent: plain single-instance mode (no scale-out code runs). */
  redisUrl?: string;
  repoRoot: string;
  signal: AbortSignal;
}

function instanceEnv(dataDir: string, redisUrl: string | undefined): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    STATIC_DIR: '',
    // One bench user holds every connection and makes every request: per-user limits would cap the load.
    COLLAB_CONNECTIONS_PER_USER: '0',
    API_RATE_LIMIT: '0',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };
}

export async function startInstances({ count, redisUrl, repoRoot, signal }: InstanceOptions): Promise<RunningInstances> {
  const dataDirs = Array.from({ length: count }, () => mkdtempSync(path.join(tmpdir(), 'superconnector-scale-')));
  const servers: ServerProcess[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(servers.map((server) => server.stop()));
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const dir of dataDirs) servers.push(await ServerProcess.start({ entry: 'server/index.ts', nodeFlags: SERVER_NODE_FLAGS, env: instanceEnv(dir, redisUrl) }, repoRoot, signal));
    const endpoints = await Promise.all(
      servers.map(async (server) => {
        const fixture = await prepareSuperconnector(server.baseUrl, 0);
        return { serverUrl: `ws://127.0.0.1:${server.port}/collab`, token: fixture.token };
      }),
    );
    return { servers, endpoints, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
