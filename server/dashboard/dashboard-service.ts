// The managers' dashboard: every deal the caller manages (all deals for an admin), filtered, with
// the KPIs computed by the shared pure functions the client uses too.
import { computeKpis, rowMatches } from '../../shared/pipeline/index.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { DEFAULT_STALLED_DAYS, type DashboardAccess, type DashboardQuery, type DashboardRow, type DashboardView } from '../../shared/schemas/dashboard.ts';
import type { DealReaders } from '../deals/index.ts';
import type { MatchRepository } from '../matches/index.ts';
import type { AdminDirectory } from './admins.ts';
import { dashboardCsv } from './csv.ts';
import type { DashboardRows } from './dashboard-rows.ts';

export interface DashboardServiceDeps {
  rows: DashboardRows;
  /** Who reads which deal now: a manager still in front of a deal's NDA has no row of it. */
  readers: Pick<DealReaders, 'managedDealIds'>;
  admins: AdminDirectory;
  matches: Pick<MatchRepository, 'funnelCounts'>;
}

export class DashboardService {
  constructor(private readonly deps: DashboardServiceDeps) {}

  /** Managers see the deals they manage, admins every deal; anyone else an empty dashboard. */
  async view(user: PublicUser, query: DashboardQuery): Promise<DashboardView> {
    const now = Date.now();
    const admin = this.deps.admins.isAdmin(user);
    const all = await this.visibleRows(user, admin, now);
    const rows = all.filter((row) => rowMatches(row, query, now));
    const counts = await this.deps.matches.funnelCounts(admin ? null : [...new Set(all.flatMap((row) => row.orgs.map((org) => org.id)))]);
    const stalledDays = query.stalledDays ?? DEFAULT_STALLED_DAYS;
    return {
      scope: admin ? 'admin' : 'manager',
      rows,
      matchCounts: counts,
      kpis: computeKpis(rows, counts, now, stalledDays),
      stalledDays,
      generatedAt: new Date(now).toISOString(),
    };
  }

  async access(user: PublicUser): Promise<DashboardAccess> {
    return { admin: this.deps.admins.isAdmin(user), managed: (await this.deps.readers.managedDealIds(user.id)).length };
  }

  async csv(user: PublicUser, query: DashboardQuery): Promise<string> {
    const now = Date.now();
    const rows = (await this.visibleRows(user, this.deps.admins.isAdmin(user), now)).filter((row) => rowMatches(row, query, now));
    return dashboardCsv(rows, now, query.stalledDays ?? DEFAULT_STALLED_DAYS);
  }

  private async visibleRows(user: PublicUser, admin: boolean, now: number): Promise<DashboardRow[]> {
    if (admin) return this.deps.rows.rows(null, now);
    const managed = await this.deps.readers.managedDealIds(user.id);
    return managed.length > 0 ? this.deps.rows.rows(managed, now) : [];
  }
}
