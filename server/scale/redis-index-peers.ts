// The listings' IndexPeers port over Redis: ids of listings and organisations whose index entries
// changed, on a channel of their own, validated on arrival (anything on Redis could have been
// written by another version or by hand).
import { z } from 'zod';
import type { IndexChange, IndexPeerEvent, IndexPeers } from '../listings/index.ts';
import type { Logger } from '../logger.ts';
import type { Channels } from './channels.ts';
import { parseJsonMessage } from './json-message.ts';
import type { RedisBus } from './redis-bus.ts';

const IndexMessageSchema = z.object({
  sender: z.string().min(1),
  change: z.discriminatedUnion('type', [
    z.object({ type: z.literal('listing'), id: z.string().min(1) }),
    z.object({ type: z.literal('org'), id: z.string().min(1) }),
  ]),
});


/** Announces this instance's index changes and hears the others'. */
export class RedisIndexPeers implements IndexPeers {
  private readonly listeners = new Set<(event: IndexPeerEvent) => void>();
  /** Changes whose announcement reached nobody (Redis away), announced again once it is back. */
  private readonly unsent = new Map<string, IndexChange>();
  private bus: RedisBus | undefined;

  constructor(
    private readonly instanceId: string,
    private readonly channels: Channels,
    private readonly logger: Logger,
  ) {}

  /** Binds the bus (created with this object's handlers) and listens on the index channel. */
  async bind(bus: RedisBus): Promise<void> {
    this.bus = bus;
    await bus.subscribe(this.channels.listingIndex);
  }

  announce(change: IndexChange): void {
    this.publish(change);
  }

  listen(listener: (event: IndexPeerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Bus handler: a message on the index channel. */
  receive(message: Buffer): void {
    const decoded = parseJsonMessage(IndexMessageSchema, message.toString());
    if (!decoded) return this.logger.warn({ channel: this.channels.listingIndex }, 'ignoring an invalid index message');
    if (decoded.sender !== this.instanceId) this.emit(decoded.change);
  }

  /** Bus handler: Redis is back. What this instance could not announce goes out now, and what it missed is reloaded. */
  reconnected(): void {
    const owed = [...this.unsent.values()];
    this.unsent.clear();
    for (const change of owed) this.publish(change);
    this.emit({ type: 'resync' });
  }

  private publish(change: IndexChange): void {
    if (!this.bus) throw new Error('RedisIndexPeers used before bind()');
    const message = JSON.stringify({ sender: this.instanceId, change } satisfies z.infer<typeof IndexMessageSchema>);
    void this.bus.publish(this.channels.listingIndex, message).then((receivers) => {
      // This instance listens on the channel too, so no receiver at all means Redis was away: the
      // others may never hear of it (their reload on reconnection helps only if they lost Redis too).
      if (receivers === 0) this.unsent.set(`${change.type}:${change.id}`, change);
    });
  }

  private emit(event: IndexPeerEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error({ err: error, event: event.type }, 'index peer listener failed');
      }
    }
  }
}
