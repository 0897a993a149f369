// The deal's files as I may see them, kept live: read on open, after a search, on every
// `deal:files-changed` push and after the socket comes back (pushes may have been missed).
import type { DataRoomView } from '../../../shared/schemas/dataroom.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { LiveDealResource } from '../lib/live-deal-resource.svelte.ts';
import { listFiles } from './files-api.ts';

export class DataRoomFiles extends LiveDealResource {
  view = $state.raw<DataRoomView | null>(null);
  /** The search the listing answers; empty for everything. */
  query = $state('');

  constructor(api: ApiClient, dealId: string) {
    super(api, dealId, 'deal:files-changed');
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
}
