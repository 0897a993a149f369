// Scale-out on Redis: with REDIS_URL set, documents are replicated between instances (RedisCluster)
// and Socket.IO events travel through the official Redis adapter, so any instance serves anyone.
import { randomUUID } from 'node:crypto';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { DocCluster } from '../collab/index.ts';
import type { IndexPeers } from '../listings/index.ts';
import type { Logger } from '../logger.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import { Channels } from './channels.ts';
import { connectRedis, quit, RedisBus, redisOptions, watchConnection } from './redis-bus.ts';
import { RedisCluster } from './redis-cluster.ts';
import { RedisIndexPeers } from './redis-index-peers.ts';

export interface ScaleOutOptions {
  redisUrl: string;
  /** Channel prefix, so deployments can share one Redis (default `sc`). */
  channelPrefix?: string;
  /** Longest wait, when a document opens, for other instances to send what the store lacks. */
  syncReplyTimeoutMs?: number;
}

/** This instance's link to the others. */
export interface ScaleOut {
  readonly instanceId: string;
  readonly cluster: DocCluster;
  /** Keeps every instance's matching index in step with listing changes made on the others. */
  readonly indexPeers: IndexPeers;
  /** Documents currently joined to the other instances. */
  readonly replicatedDocs: number;
  /** Routes the Socket.IO server's rooms and emits through Redis. */
  attachSocketIo(io: AppSocketServer): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_SYNC_REPLY_TIMEOUT_MS = 500;

/** Connects to Redis; rejects with a clear message when it cannot be reached at start. */
export async function connectScaleOut(options: ScaleOutOptions, logger: Logger): Promise<ScaleOut> {
  const instanceId = randomUUID();
  const channels = new Channels(options.channelPrefix ?? 'sc');
  const cluster = new RedisCluster(instanceId, channels, logger, options.syncReplyTimeoutMs ?? DEFAULT_SYNC_REPLY_TIMEOUT_MS);
  const indexPeers = new RedisIndexPeers(instanceId, channels, logger);
  const bus = await RedisBus.connect(
    options.redisUrl,
    {
      onMessage: (channel, message) => (channel === channels.listingIndex ? indexPeers.receive(message) : cluster.receive(channel, message)),
      onReconnected: () => {
        cluster.reconnected();
        indexPeers.reconnected();
      },
    },
    logger,
  );
  await cluster.bind(bus);
  await indexPeers.bind(bus);
  const adapterClients: Redis[] = [];
  logger.info({ instanceId }, 'scale-out on Redis enabled');
  return {
    instanceId,
    cluster,
    indexPeers,
    get replicatedDocs() {
      return cluster.replicator.openCount;
    },
    attachSocketIo: async (io) => {
      // The adapter publishes without handling rejections: its clients queue while Redis is away
      // (no retry limit) rather than reject and take the process down with them.
      const pub = new Redis(options.redisUrl, redisOptions({ maxRetriesPerRequest: null }));
      const sub = pub.duplicate();
      adapterClients.push(pub, sub);
      watchConnection(pub, 'socket.io publish', logger, () => undefined);
      watchConnection(sub, 'socket.io subscribe', logger, () => undefined);
      await Promise.all([connectRedis(pub, options.redisUrl), connectRedis(sub, options.redisUrl)]);
      io.adapter(createAdapter(withCaughtCalls(pub, ['publish'], logger), withCaughtCalls(sub, SUBSCRIPTION_CALLS, logger), { key: channels.socketIo }));
    },
    close: async () => {
      await Promise.all([bus.close(), ...adapterClients.map(quit)]);
    },
  };
}

// The adapter publishes, subscribes and unsubscribes (on close) without awaiting. Calls queued while
// Redis is away are rejected when the client closes (an instance shutting down during an outage, or
// io.close racing our quit); those rejections would go unhandled, so this view of the client catches
// and logs them. Everything else passes through untouched.
const SUBSCRIPTION_CALLS = ['subscribe', 'psubscribe', 'unsubscribe', 'punsubscribe'];

function withCaughtCalls(client: Redis, methods: readonly string[], logger: Logger): Redis {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !methods.includes(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((error: unknown) => {
          logger.debug({ err: error, call: property }, 'Socket.IO adapter Redis call dropped');
          return 0;
        });
      };
    },
  });
}
