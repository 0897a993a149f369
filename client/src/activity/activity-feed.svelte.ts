// One activity trail on screen: the entries loaded so far (newest first), the filter, paging,
// and live entries added at the top when they pass the filter.
import type { ActivityView } from '../../../shared/schemas/activity.ts';
import { NewestLoad } from '../lib/newest-load.svelte.ts';
import { NO_FILTER, type TrailFilter } from './activity-api.ts';

export type TrailLoader<E extends ActivityView> = (filter: TrailFilter, page: number, pageSize: number) => Promise<{ activity: E[]; total: number }>;

const PAGE_SIZE = 30;

/** Whether a live entry belongs in a trail shown with this filter. */
function passes(entry: ActivityView, filter: TrailFilter): boolean {
  const action = !filter.action || entry.action === filter.action || entry.action.startsWith(`${filter.action}.`);
  const actor = !filter.actor || entry.actor?.id === filter.actor;
  // A filter on dates or kind is a look at the past: live entries wait for the next load.
  return action && actor && !filter.from && !filter.to && !filter.kind;
}

export class ActivityFeed<E extends ActivityView = ActivityView> {
  entries = $state.raw<E[]>([]);
  total = $state(0);
  filter = $state.raw<TrailFilter>(NO_FILTER);
  private readonly newest = new NewestLoad();

  constructor(private readonly loader: TrailLoader<E>) {}

  get loading(): boolean {
    return this.newest.loading;
  }

  get loadError(): unknown {
    return this.newest.error;
  }

  /** Loads the first page with the filter given (or the current one). */
  async open(filter: TrailFilter = this.filter): Promise<void> {
    this.filter = filter;
    await this.newest.run(
      () => this.loader(filter, 1, PAGE_SIZE),
      (page) => {
        this.entries = page.activity;
        this.total = page.total;
      },
    );
  }

  async more(): Promise<void> {
    const page = await this.loader(this.filter, Math.floor(this.entries.length / PAGE_SIZE) + 1, PAGE_SIZE);
    const known = new Set(this.entries.map((entry) => entry.id));
    this.entries = [...this.entries, ...page.activity.filter((entry) => !known.has(entry.id))];
    this.total = page.total;
  }

  add(entry: E): void {
    if (!passes(entry, this.filter) || this.entries.some((known) => known.id === entry.id)) return;
    this.entries = [entry, ...this.entries];
    this.total += 1;
  }
}
