// Something of one deal read from the API and kept live: the newest read wins, a push that the
// deal's `changed` event carries reads it again, and so does the socket coming back after a drop
// (pushes may have been missed meanwhile). Subclasses say what to read and where to keep it.
import type { ApiClient } from './api-client.ts';
import { NewestLoad } from './newest-load.svelte.ts';
import type { RealtimeSocket } from './realtime-socket.ts';
import { connectListener, listen } from './socket-listen.ts';

/** The pushes that only say "this deal's X changed; read it again". */
export type DealChangedEvent = 'deal:files-changed' | 'deal:checklist-changed';

export abstract class LiveDealResource {
  protected readonly newest = new NewestLoad(true);

  constructor(
    protected readonly api: ApiClient,
    readonly dealId: string,
    private readonly changed: DealChangedEvent,
  ) {}

  get loading(): boolean {
    return this.newest.loading;
  }

  get error(): unknown {
    return this.newest.error;
  }

  /** Reads the resource again; only the newest read applies its answer. */
  abstract load(): Promise<void>;

  /** Follows the deal's change pushes and reconnects; returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    const reload = ({ dealId }: { dealId: string }) => dealId === this.dealId && void this.load();
    return listen(socket, {
      [this.changed]: reload,
      connect: connectListener(socket, (afterDrop) => afterDrop && void this.load()),
    });
  }
}
