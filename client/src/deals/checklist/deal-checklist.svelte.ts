// The deal's request list as I may see it, kept live: read on open, on every
// `deal:checklist-changed` push and after the socket comes back (pushes may have been missed);
// my own changes apply the list their answer carries.
import type { ChecklistView } from '../../../../shared/schemas/checklist.ts';
import type { ApiClient } from '../../lib/api-client.ts';
import { LiveDealResource } from '../../lib/live-deal-resource.svelte.ts';
import { readChecklist } from './checklist-api.ts';

export class DealChecklist extends LiveDealResource {
  list = $state.raw<ChecklistView | null>(null);
  /** Whether the first read has answered (null then means: not started). */
  loaded = $state(false);

  constructor(api: ApiClient, dealId: string) {
    super(api, dealId, 'deal:checklist-changed');
  }

  load(): Promise<void> {
    return this.newest.run(() => readChecklist(this.api, this.dealId), (list) => this.apply(list));
  }

  /** Why my last change was refused; null once one succeeds. */
  failure = $state.raw<unknown>(null);

  /** Runs one of my changes and shows the list its answer carries; true when it was accepted. */
  async change(run: (api: ApiClient, dealId: string) => Promise<ChecklistView | null>): Promise<boolean> {
    try {
      this.apply(await run(this.api, this.dealId));
      this.failure = null;
      return true;
    } catch (error) {
      this.failure = error;
      return false;
    }
  }

  private apply(list: ChecklistView | null): void {
    this.list = list;
    this.loaded = true;
  }
}
