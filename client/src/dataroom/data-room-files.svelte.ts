// The deal's files as I may see them, kept live: read on open, after a search, on every
// `deal:files-changed` push and after the socket comes back (pushes may have been missed).
import type { DataRoomView } from '../../../shared/schemas/dataroom.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { NewestLoad } from '../lib/newest-load.svelte.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { connectListener, listen } from '../lib/socket-listen.ts';
import { listFiles } from './files-api.ts';

export class DataRoomFiles {
  view = $state.raw<DataRoomView | null>(null);
  /** The search the listing answers; empty for everything. */
  query = $state('');
  private readonly newest = new NewestLoad(true);

  constructor(
    private readonly api: ApiClient,
    readonly dealId: string,
  ) {}

  get loading(): boolean {
    return this.newest.loading;
  }

  get error(): unknown {
    return this.newest.error;
  }

  load(): Promise<void> {
    const query = this.query;
    return this.newest.run(
      () => listFiles(this.api, this.dealId, query),
      (view) => {
        this.view = view;
      },
    );
  }

  search(query: string): Promise<void> {
    this.query = query;
    return this.load();
  }

  /** Follows the room's file changes; returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    return listen(socket, {
      'deal:files-changed': ({ dealId }) => dealId === this.dealId && void this.load(),
      connect: connectListener(socket, (afterDrop) => afterDrop && void this.load()),
    });
  }
}
