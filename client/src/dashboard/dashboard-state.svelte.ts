// The dashboard's rows for the current filters, kept live: rows pushed over `dashboard:deal-updated`
// replace their old version (or leave when they no longer pass the filters), match counts arrive
// over `dashboard:match-counts-updated`, and every KPI is recomputed on the client by the same shared
// functions the server uses.
import { computeKpis, corridorKey, rowMatches, upsertRow } from '../../../shared/pipeline/index.ts';
import {
  DashboardQuerySchema,
  DEFAULT_STALLED_DAYS,
  type DashboardKpis,
  type DashboardRow,
  type DashboardView,
} from '../../../shared/schemas/dashboard.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { NewestLoad } from '../lib/newest-load.svelte.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { connectListener, listen } from '../lib/socket-listen.ts';
import { fetchDashboard, NO_FILTERS, type DashboardFilters } from './dashboard-api.ts';

export class DashboardState {
  rows = $state.raw<DashboardRow[]>([]);
  matchCounts = $state.raw<DashboardView['matchCounts']>({ matches: 0, mutual: 0, introductions: 0 });
  scope = $state<DashboardView['scope']>('manager');
  filters = $state<DashboardFilters>({ ...NO_FILTERS });
  live = $state(false);
  /** Corridors and advisers seen in any load or push, so filter choices survive filtering. */
  corridors = $state.raw<string[]>([]);
  advisers = $state.raw<{ id: string; name: string }[]>([]);
  /** Bumped by a timer so "days in stage" and "stalled" move on without a reload. */
  now = $state(Date.now());
  readonly kpis: DashboardKpis = $derived(computeKpis(this.rows, this.matchCounts, this.now, this.stalledDays));
  private readonly newest = new NewestLoad(true);

  constructor(private readonly api: ApiClient) {}

  get loading(): boolean {
    return this.newest.loading;
  }

  get loadError(): unknown {
    return this.newest.error;
  }

  get stalledDays(): number {
    return Number(this.filters.stalledDays) || DEFAULT_STALLED_DAYS;
  }

  async load(): Promise<void> {
    await this.newest.run(
      () => fetchDashboard(this.api, this.filters),
      (view) => {
        this.rows = view.rows;
        this.remember(view.rows);
        this.matchCounts = view.matchCounts;
        this.scope = view.scope;
        this.now = Date.now();
      },
    );
  }

  /** Watches live rows on the socket (asking again after each reconnect); returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    const watch = () => {
      this.live = true;
      socket.emit('dashboard:watch');
    };
    if (socket.connected) watch();
    const stopListening = listen(socket, {
      // After a drop, rows pushed meanwhile were missed: read them again. The first connect is not news.
      connect: connectListener(socket, (afterDrop) => {
        watch();
        if (afterDrop) void this.load();
      }),
      disconnect: () => (this.live = false),
      'dashboard:deal-updated': ({ row }) => this.apply(row),
      'dashboard:deal-removed': ({ dealId }) => (this.rows = this.rows.filter((row) => row.id !== dealId)),
      // An admin who also manages deals hears both scopes; only the one this dashboard shows applies.
      'dashboard:match-counts-updated': ({ scope, counts }) => {
        if (scope === this.scope) this.matchCounts = counts;
      },
    });
    const ticker = setInterval(() => (this.now = Date.now()), 60_000);
    return () => {
      clearInterval(ticker);
      socket.emit('dashboard:unwatch');
      stopListening();
    };
  }

  private remember(rows: readonly DashboardRow[]): void {
    const corridors = new Set(this.corridors);
    const advisers = new Map(this.advisers.map((adviser) => [adviser.id, adviser]));
    for (const row of rows) {
      if (row.corridor) corridors.add(corridorKey(row.corridor));
      for (const adviser of row.advisers) advisers.set(adviser.id, adviser);
    }
    if (corridors.size !== this.corridors.length) this.corridors = [...corridors].sort();
    if (advisers.size !== this.advisers.length) this.advisers = [...advisers.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  private apply(row: DashboardRow): void {
    this.remember([row]);
    const query = DashboardQuerySchema.safeParse(Object.fromEntries(Object.entries(this.filters).filter(([, value]) => value !== '')));
    const passes = query.success && rowMatches(row, query.data, Date.now());
    this.rows = passes ? upsertRow(this.rows, row) : this.rows.filter((existing) => existing.id !== row.id);
  }
}
