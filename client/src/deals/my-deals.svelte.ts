// The deals I am a member of, most recently changed first, kept current by REST and live events.
import type { DealView } from '../../../shared/schemas/deals.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { NewestLoad } from '../lib/newest-load.svelte.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { subscribeToDealList } from './deal-events.ts';
import { createDeal, listMyDeals, type NewDeal } from './deals-api.ts';

function recentFirst(a: DealView, b: DealView): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}

export class MyDeals {
  deals = $state.raw<DealView[]>([]);
  private readonly newest = new NewestLoad(true);

  constructor(private readonly api: ApiClient) {}

  get loading(): boolean {
    return this.newest.loading;
  }

  get loadError(): unknown {
    return this.newest.error;
  }

  async load(): Promise<void> {
    await this.newest.run(
      () => listMyDeals(this.api),
      (deals) => (this.deals = deals.sort(recentFirst)),
    );
  }

  async create(deal: NewDeal): Promise<DealView> {
    return this.upsert(await createDeal(this.api, deal));
  }

  /** Applies live events; returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    return subscribeToDealList(socket, {
      added: (deal) => this.upsert(deal),
      removed: (dealId) => {
        this.deals = this.deals.filter((deal) => deal.id !== dealId);
      },
      reconnected: () => void this.load(),
    });
  }

  private upsert(deal: DealView): DealView {
    this.deals = [deal, ...this.deals.filter((existing) => existing.id !== deal.id)].sort(recentFirst);
    return deal;
  }
}
