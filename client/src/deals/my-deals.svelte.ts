// The deals I am a member of, most recently changed first, kept current by REST and live events.
import type { DealView } from '../../../shared/protocol.ts';
import type { ApiClient } from '../lib/api-client.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { subscribeToDealList } from './deal-events.ts';
import { createDeal, listMyDeals, type NewDeal } from './deals-api.ts';

function recentFirst(a: DealView, b: DealView): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}

export class MyDeals {
  deals = $state.raw<DealView[]>([]);
  loading = $state(true);
  loadError = $state.raw<unknown>(null);
  private loads = 0;

  constructor(private readonly api: ApiClient) {}

  async load(): Promise<void> {
    // Only the newest load may write: a reconnect can start one while another is under way.
    const load = ++this.loads;
    this.loading = true;
    try {
      const deals = await listMyDeals(this.api);
      if (load !== this.loads) return;
      this.deals = deals.sort(recentFirst);
      this.loadError = null;
    } catch (error) {
      if (load === this.loads) this.loadError = error;
    } finally {
      if (load === this.loads) this.loading = false;
    }
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
