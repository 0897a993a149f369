// The deal's activity trail, on the shared ActivityLog: every server command of a deal room
// (membership, stage, sign-offs, comments, versions, restores) with who, when, before and after,
// pushed live to the deal room and read back newest first, a page at a time.
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { ActivityPage } from '../../shared/schemas/activity.ts';
import type { UserRepository } from '../auth/index.ts';
import { systemClock, type Clock } from '../clock.ts';
import { actorNames, SYSTEM_ACTOR_ID, toActivityView, type ActivityFilters, type ActivityLog, type NewActivityRecord, type StoredActivityDataOf } from '../activity/index.ts';
import type { DealRoomFamily } from '../../shared/activity-actions.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import { dealRoom } from './deal-events.ts';
import type { DealRecord } from './deal-repository.ts';

/** A deal-room action with its before / after (shared/schemas/activity-data.ts), who and on which deal. */
export type DealActivityEntry = {
  /** Null for what no person caused. */
  actor: PublicUser | null;
  deal: Pick<DealRecord, '_id' | 'orgIds' | 'listingIds'>;
  actingOrgId?: string | null;
} & StoredActivityDataOf<DealRoomFamily>;

export class DealActivity {
  constructor(
    private readonly log: ActivityLog,
    private readonly users: UserRepository,
    private readonly io: AppSocketServer,
    /** When entries are dated. */
    private readonly clock: Clock = systemClock,
  ) {}

  async record(entry: DealActivityEntry): Promise<void> {
    const { actor, deal, actingOrgId, ...data } = entry;
    const record: NewActivityRecord = {
      actorId: actor?.id ?? SYSTEM_ACTOR_ID,
      actingOrgId: actingOrgId ?? null,
      at: this.clock(),
      subject: { type: 'deal', id: deal._id, listingIds: deal.listingIds, orgIds: deal.orgIds },
      ...data,
    };
    const stored = await this.log.append(record);
    const view = toActivityView(stored, new Map(entry.actor ? [[entry.actor.id, entry.actor.name]] : []));
    this.io.to(dealRoom(entry.deal._id)).emit('deal:activity-recorded', { dealId: entry.deal._id, entry: view });
  }

  /** Newest first, a page at a time, narrowed by the filters. */
  async page(dealId: string, page: number, pageSize: number, filters: ActivityFilters = {}): Promise<ActivityPage> {
    const { records, total } = await this.log.pageForSubject(dealId, { page, pageSize }, filters);
    const names = await actorNames(this.users, records);
    return { activity: records.map((record) => toActivityView(record, names)), page, pageSize, total };
  }
}
