// The dashboard's rows for the current filters, kept live: rows pushed over `dashboard:deal`
// replace their old version (or leave when they no longer pass the filters), and every KPI is
// recomputed on the client by the same shared functions the server uses.
import { computeKpis, corridorKey, rowMatches, upsertRow } from '../../../shared/pipeline/index.ts';
import { DashboardQuerySchema, DEFAULT_STALLED_DAYS, type DashboardKpis, type DashboardRow, type DashboardView } from '../../../shared/schemas/dashboard.ts';
import type { ApiClient } from '../lib/api-client.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { fetchDashboard, NO_FILTERS, type DashboardFilters } from './dashboard-api.ts';

export class DashboardState {
  rows = $state.raw<DashboardRow[]>([]);
  matchCounts = $state.raw<DashboardView['matchCounts']>({ matches: 0, introductions: 0 });
  scope = $state<DashboardView['scope']>('manager');
  filters = $state<DashboardFilters>({ ...NO_FILTERS });
  loading = $state(true);
  loadError = $state.raw<unknown>(null);
  live = $state(false);
  /** Corridors and advisers seen in any load or push, so filter choices survive filtering. */
  corridors = $state.raw<string[]>([]);
  advisers = $state.raw<{ id: string; name: string }[]>([]);
  /** Bumped by a timer so "days in stage" and "stalled" move on without a reload. */
  now = $state(Date.now());
  readonly kpis: DashboardKpis = $derived(computeKpis(this.rows, this.matchCounts, this.now, this.stalledDays));
  private loads = 0;

  constructor(private readonly api: ApiClient) {}

  get stalledDays(): number {
    return Number(this.filters.stalledDays) || DEFAULT_STALLED_DAYS;
  }

  async load(): Promise<void> {
    // Only the newest load may write: changing filters quickly starts several.
    const load = ++this.loads;
    this.loading = true;
    try {
      const view = await fetchDashboard(this.api, this.filters);
      if (load !== this.loads) return;
      this.rows = view.rows;
      this.remember(view.rows);
      this.matchCounts = view.matchCounts;
      this.scope = view.scope;
      this.now = Date.now();
      this.loadError = null;
    } catch (error) {
      if (load === this.loads) this.loadError = error;
    } finally {
      if (load === this.loads) this.loading = false;
    }
  }

  /** Watches live rows on the socket (asking again after each reconnect); returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    const watch = () => {
      this.live = true;
      socket.emit('dashboard:watch');
    };
    let connectedBefore = socket.connected;
    // After a drop, rows pushed meanwhile were missed: read them again. The first connect is not news.
    const onConnect = () => {
      watch();
      if (connectedBefore) void this.load();
      connectedBefore = true;
    };
    const onDisconnect = () => (this.live = false);
    const onRow = ({ row }: { row: DashboardRow }) => this.apply(row);
    const onRemoved = ({ dealId }: { dealId: string }) => (this.rows = this.rows.filter((row) => row.id !== dealId));
    if (socket.connected) watch();
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('dashboard:deal', onRow);
    socket.on('dashboard:deal-removed', onRemoved);
    const ticker = setInterval(() => (this.now = Date.now()), 60_000);
    return () => {
      clearInterval(ticker);
      socket.emit('dashboard:unwatch');
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('dashboard:deal', onRow);
      socket.off('dashboard:deal-removed', onRemoved);
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
