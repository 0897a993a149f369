// Pushes a deal's new dashboard row to the dashboards watching it: each manager of the deal and
// the admins. Changes to one deal within a few milliseconds go out as one row.
import type { DealMemberRepository, DealReaders } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { DashboardRows } from './dashboard-rows.ts';

const COALESCE_MS = 15;
export const ADMIN_DASHBOARD_ROOM = 'dashboard:admins';

/** The room of one user's open dashboards. */
export function dashboardRoom(userId: string): string {
  return `dashboard:user:${userId}`;
}

export class DashboardPublisher {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly rows: DashboardRows,
    private readonly members: DealMemberRepository,
    private readonly readers: Pick<DealReaders, 'membersOf'>,
    private readonly io: AppSocketServer,
    private readonly logger: Logger,
  ) {}

  /** Schedules the deal's row to be pushed; `removedUserId` loses the row (no longer a manager). */
  readonly dealChanged = (dealId: string, removedUserId?: string): void => {
    if (removedUserId) this.io.to(dashboardRoom(removedUserId)).emit('dashboard:deal-removed', { dealId });
    if (this.pending.has(dealId)) return;
    this.pending.set(
      dealId,
      setTimeout(() => {
        this.pending.delete(dealId);
        const work = this.publish(dealId).catch((error: unknown) => this.logger.error({ err: error, dealId }, 'dashboard push failed'));
        this.running.add(work);
        void work.finally(() => this.running.delete(work));
      }, COALESCE_MS),
    );
  };

  async stop(): Promise<void> {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.all([...this.running]);
  }

  private async publish(dealId: string): Promise<void> {
    const [row, members, readers] = await Promise.all([this.rows.row(dealId), this.members.membersOf(dealId), this.readers.membersOf(dealId)]);
    if (!row) return;
    const watching = new Set(readers.filter((member) => member.role === 'manager').map((member) => member.userId));
    const rooms = [ADMIN_DASHBOARD_ROOM, ...[...watching].map(dashboardRoom)];
    this.io.to(rooms).emit('dashboard:deal-updated', { row });
    // A member who is no longer a manager (role changed), or has a new NDA to accept, must not keep a row they may not see.
    const others = members.filter((member) => !watching.has(member.userId)).map((member) => dashboardRoom(member.userId));
    if (others.length > 0) this.io.to(others).except(rooms).emit('dashboard:deal-removed', { dealId });
  }
}
