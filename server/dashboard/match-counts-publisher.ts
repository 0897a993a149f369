// Keeps the match side of the funnel live: when matches of some organisations are suggested or
// change state, watching admins get the new global counts, and each manager whose deals involve
// those organisations gets the counts of their own scope. A burst (one listing suggesting twenty
// matches) goes out once.
import type { DealMemberRepository, DealRepository } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { MatchRepository } from '../matches/index.ts';
import { ADMIN_DASHBOARD_ROOM, dashboardRoom } from './dashboard-publisher.ts';

const COALESCE_MS = 50;

export interface MatchCountsPublisherDeps {
  matches: Pick<MatchRepository, 'funnelCounts'>;
  deals: DealRepository;
  members: DealMemberRepository;
  io: AppSocketServer;
  logger: Logger;
}

export class MatchCountsPublisher {
  private readonly changedOrgs = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly deps: MatchCountsPublisherDeps) {}

  /** Schedules new counts for the dashboards these organisations' matches show on. */
  readonly matchesChanged = (orgIds: readonly string[]): void => {
    for (const orgId of orgIds) this.changedOrgs.add(orgId);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const orgs = [...this.changedOrgs];
      this.changedOrgs.clear();
      // One publish at a time, so counts read later never go out before counts read earlier.
      this.running = this.running
        .then(() => this.publish(orgs))
        .catch((error: unknown) => this.deps.logger.error({ err: error }, 'dashboard match counts push failed'));
    }, COALESCE_MS);
  };

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async publish(orgIds: string[]): Promise<void> {
    const { io, matches } = this.deps;
    io.to(ADMIN_DASHBOARD_ROOM).emit('dashboard:match-counts-updated', { scope: 'admin', counts: await matches.funnelCounts(null) });
    for (const managerId of await this.managersOfDealsInvolving(orgIds)) {
      const scope = await this.orgsManagedBy(managerId);
      io.to(dashboardRoom(managerId)).emit('dashboard:match-counts-updated', { scope: 'manager', counts: await matches.funnelCounts(scope) });
    }
  }

  private async managersOfDealsInvolving(orgIds: string[]): Promise<Set<string>> {
    const deals = await this.deps.deals.involving(orgIds);
    if (deals.length === 0) return new Set();
    const members = await this.deps.members.membersOfMany(deals.map((deal) => deal._id));
    return new Set(members.filter((member) => member.role === 'manager').map((member) => member.userId));
  }

  /** The organisations of a manager's deals: the scope of their funnel, as the dashboard view computes it. */
  private async orgsManagedBy(userId: string): Promise<string[]> {
    const deals = await this.deps.deals.findMany(await this.deps.members.managedDealIds(userId));
    return [...new Set(deals.flatMap((deal) => deal.orgIds))];
  }
}
