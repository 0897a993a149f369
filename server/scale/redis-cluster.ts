// The DocCluster port over Redis: document replication plus the control channel, on one bus.
import type { AnnouncedEvent, ClusterEvent, DocCluster, SharedDoc } from '../collab/index.ts';
import type { Logger } from '../logger.ts';
import type { Channels } from './channels.ts';
import { decodeControlMessage, encodeControlMessage } from './control-messages.ts';
import { DocReplicator } from './doc-replicator.ts';
import type { RedisBus } from './redis-bus.ts';

export class RedisCluster implements DocCluster {
  readonly replicator: DocReplicator;
  private readonly listeners = new Set<(event: ClusterEvent) => void>();
  private bus: RedisBus | undefined;

  constructor(
    readonly instanceId: string,
    private readonly channels: Channels,
    private readonly logger: Logger,
    replyTimeoutMs: number,
  ) {
    const link = {
      subscribe: (channel: string) => this.connectedBus().subscribe(channel),
      unsubscribe: (channel: string) => this.connectedBus().unsubscribe(channel),
      publish: (channel: string, message: Uint8Array) => this.connectedBus().publish(channel, message),
    };
    this.replicator = new DocReplicator(instanceId, channels, link, logger, replyTimeoutMs);
  }

  /** Binds the bus (created with this cluster's handlers) and listens on the shared channels. */
  async bind(bus: RedisBus): Promise<void> {
    this.bus = bus;
    await bus.subscribe(this.channels.control);
    await bus.subscribe(this.channels.instance(this.instanceId));
  }

  open(shared: SharedDoc): Promise<void> {
    return this.replicator.open(shared);
  }

  close(shared: SharedDoc): void {
    this.replicator.close(shared);
  }

  async announce(event: AnnouncedEvent): Promise<void> {
    // Redis writes a message to every subscriber before it answers the publisher.
    await this.connectedBus().publish(this.channels.control, encodeControlMessage(this.instanceId, event));
  }

  onEvent(listener: (event: ClusterEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Bus handler: a message on any channel this instance subscribed. */
  receive(channel: string, message: Buffer): void {
    if (channel !== this.channels.control) return this.replicator.receive(message);
    const control = decodeControlMessage(message.toString());
    if (!control) return this.logger.warn({ channel }, 'ignoring an invalid control message');
    if (control.sender !== this.instanceId) this.emit(control.event);
  }

  /** Bus handler: Redis is back; documents resync and listeners re-check what they may have missed. */
  reconnected(): void {
    this.replicator.resyncAll();
    this.emit({ type: 'reconnected' });
  }

  private emit(event: ClusterEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error({ err: error, event: event.type }, 'cluster event listener failed');
      }
    }
  }

  private connectedBus(): RedisBus {
    if (!this.bus) throw new Error('RedisCluster used before bind()');
    return this.bus;
  }
}
