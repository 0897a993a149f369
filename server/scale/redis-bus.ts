// Redis pub/sub for the instances of one deployment: a publishing and a subscribing connection
// (a subscribed connection can do nothing else), the set of channels this instance listens on,
// and what happens when Redis goes away and comes back.
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.ts';

export interface RedisBusHandlers {
  onMessage(channel: string, message: Buffer): void;
  /** Redis is reachable again after an outage and every channel is subscribed again. */
  onReconnected(): void;
}

const MAX_RECONNECT_DELAY_MS = 1_000;

/** Options shared by every connection the scale-out opens: quick, unbounded reconnection. */
export function redisOptions(overrides: RedisOptions = {}): RedisOptions {
  return {
    lazyConnect: true,
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
    ...overrides,
  };
}

/** The URL without its password, for logs and errors. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    // Not a parseable URL: say nothing about it rather than leak it.
    return '(invalid REDIS_URL)';
  }
}

/** Connects a client, failing with a clear error (and no retry loop left behind) when Redis is not there. */
export async function connectRedis(client: Redis, url: string): Promise<void> {
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw new Error(`could not reach Redis at ${redactedUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Logs a connection's loss once per outage (ioredis reports every failed retry). */
export function watchConnection(client: Redis, name: string, logger: Logger, onRestored: () => void): void {
  let lost = false;
  client.on('error', (error: Error) => {
    if (!lost) logger.warn({ err: error, connection: name }, 'Redis connection error');
    lost = true;
  });
  // 'reconnecting', not 'close': a deliberate quit closes too, but never reconnects.
  client.on('reconnecting', () => {
    if (!lost) logger.warn({ connection: name }, 'Redis connection lost; reconnecting');
    lost = true;
  });
  client.on('ready', () => {
    if (!lost) return;
    lost = false;
    logger.info({ connection: name }, 'Redis connection restored');
    onRestored();
  });
}

export class RedisBus {
  private readonly channels = new Set<string>();

  private constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly handlers: RedisBusHandlers,
    private readonly logger: Logger,
  ) {}

  /** Opens both connections; rejects when Redis cannot be reached at start. */
  static async connect(url: string, handlers: RedisBusHandlers, logger: Logger): Promise<RedisBus> {
    // No offline queue: a live update published during an outage is dropped, and the resync
    // after reconnection carries it instead of a burst of stale messages.
    const pub = new Redis(url, redisOptions({ enableOfflineQueue: false, enableAutoPipelining: true }));
    // Channels are resubscribed by hand on reconnection, so the resync starts only once they are.
    const sub = new Redis(url, redisOptions({ enableOfflineQueue: false, autoResubscribe: false }));
    const bus = new RedisBus(pub, sub, handlers, logger);
    watchConnection(pub, 'publish', logger, () => handlers.onReconnected());
    watchConnection(sub, 'subscribe', logger, () => void bus.resubscribe());
    await Promise.all([connectRedis(pub, url), connectRedis(sub, url)]).catch((error: unknown) => {
      pub.disconnect();
      sub.disconnect();
      throw error;
    });
    sub.on('messageBuffer', (channel: Buffer, message: Buffer) => handlers.onMessage(channel.toString(), message));
    return bus;
  }

  /** Listens on a channel from now on, and again after every reconnection. */
  async subscribe(channel: string): Promise<void> {
    this.channels.add(channel);
    if (this.sub.status !== 'ready') return;
    try {
      await this.sub.subscribe(channel);
    } catch (error) {
      // Lost mid-way: the reconnection handler subscribes every channel in the set.
      this.logger.warn({ err: error, channel }, 'Redis subscribe failed; will subscribe on reconnection');
    }
  }

  /** Stops listening on a channel. */
  unsubscribe(channel: string): void {
    this.channels.delete(channel);
    if (this.sub.status !== 'ready') return;
    this.sub.unsubscribe(channel).catch((error: unknown) => {
      this.logger.warn({ err: error, channel }, 'Redis unsubscribe failed');
    });
  }

  /** Publishes; resolves with how many subscribers received it (0 while Redis is away). */
  async publish(channel: string, message: Uint8Array | string): Promise<number> {
    if (this.pub.status !== 'ready') return 0;
    try {
      return await this.pub.publish(channel, typeof message === 'string' ? message : Buffer.from(message.buffer, message.byteOffset, message.byteLength));
    } catch (error) {
      this.logger.debug({ err: error, channel }, 'Redis publish failed');
      return 0;
    }
  }

  /** Closes both connections. */
  async close(): Promise<void> {
    await Promise.all([quit(this.pub), quit(this.sub)]);
  }

  private async resubscribe(): Promise<void> {
    try {
      if (this.channels.size > 0) await this.sub.subscribe(...this.channels);
      this.handlers.onReconnected();
    } catch (error) {
      // Lost again before it finished; the next 'ready' runs this again.
      this.logger.warn({ err: error }, 'Redis resubscription failed');
    }
  }
}

/** Closes politely when connected, at once otherwise (quit would wait for a reconnection). */
export async function quit(client: Redis): Promise<void> {
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  try {
    await client.quit();
  } catch {
    // Closing anyway; a failed QUIT leaves nothing to clean up.
    client.disconnect();
  }
}
