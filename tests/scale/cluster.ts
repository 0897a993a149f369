// Several app instances in one test process over one shared store and a real Redis (DESIGN.md,
// "Scale-out"), plus the convergence check the scale-out suites share.
import { rm } from 'node:fs/promises';
import type { Limits } from '../../server/config.ts';
import type { DealRoomOptions } from '../../server/wiring/deal-rooms.ts';
import { EmbeddedStore, type Store } from '../../server/store/index.ts';
import type { TestUser } from '../helpers/api.ts';
import type { ConvergenceCheck } from '../helpers/convergence.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { describe } from 'vitest';
import { REDIS_SKIP_REASON, RedisServer, skipRedisTests } from '../helpers/redis.ts';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

export interface TestCluster {
  redis: RedisServer;
  store: Store;
  instances: TestServer[];
  /** Starts one more instance on the same store and Redis. */
  addInstance(limits?: Partial<Limits>): Promise<TestServer>;
  /** Starts an instance on the same store without Redis, e.g. to read what was stored. */
  startAlone(): Promise<TestServer>;
  /** A stock y-websocket client (with Saved notices) of `docName` on instance `index`. */
  connect(index: number, docName: string, user: TestUser): CollabClient;
  /** Destroys every client connect() opened. */
  disconnectAll(): void;
  close(): Promise<void>;
}

export async function startCluster(count: number, limits: Partial<Limits> = {}, dealRooms?: Partial<DealRoomOptions>): Promise<TestCluster> {
  const redis = await RedisServer.start();
  const dataDir = await makeTempDir('superconnector-scale-');
  const store = await EmbeddedStore.open(dataDir);
  const instances: TestServer[] = [];
  const clients: CollabClient[] = [];
  const cluster: TestCluster = {
    redis,
    store,
    instances,
    addInstance: async (extra = {}) => {
      const instance = await startTestServer({ store, dataDir, limits: { ...limits, ...extra }, dealRooms, scaleOut: { redisUrl: redis.url } });
      instances.push(instance);
      return instance;
    },
    startAlone: async () => {
      const instance = await startTestServer({ store, dataDir, limits, dealRooms });
      instances.push(instance);
      return instance;
    },
    connect: (index, docName, user) => {
      const client = connectClient(instances[index].wsUrl, docName, { token: user.token, savedNotices: true });
      clients.push(client);
      return client;
    },
    disconnectAll: () => {
      for (const client of clients.splice(0)) client.destroy();
    },
    close: async () => {
      cluster.disconnectAll();
      for (const instance of instances.splice(0)) await instance.close({ keepStore: true });
      await store.close();
      await redis.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  for (let index = 0; index < count; index += 1) await cluster.addInstance();
  return cluster;
}

/** Across instances, replicas must also hold the same edits (Yjs state), and relaying may take longer. */
export const ACROSS_INSTANCES: ConvergenceCheck = { sameState: true, timeoutMs: 10_000 };

/** A suite that needs redis-server: skipped with one visible line when it is missing (unless REQUIRE_REDIS=1). */
export function describeWithRedis(name: string, body: () => void): void {
  if (skipRedisTests) console.warn(`[scale] ${name}: ${REDIS_SKIP_REASON}`);
  describe.skipIf(skipRedisTests)(skipRedisTests ? `${name} (${REDIS_SKIP_REASON})` : name, body);
}
