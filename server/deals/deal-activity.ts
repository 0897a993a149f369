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
import type { DealMemberRecord } from './deal-member-repository.ts';
import type { DealRecord } from './deal-repository.ts';
import type { Filter } from '../store/index.ts';
import type { ActivityView } from '../../shared/schemas/activity.ts';

/**
 * Narrows a member's view of the trail: a store filter the entries they see must also match (the
 * data room hides entries about folders the member may not view). Registered by the wiring.
 */
export type TrailRestriction = (member: DealMemberRecord, dealId: string) => Promise<Filter | null>;

/** A deal-room action with its before / after (shared/schemas/activity-data.ts), who and on which deal. */
export type DealActivityEntry = {
  /** Null for what no person caused. */
  actor: PublicUser | null;
  deal: Pick<DealRecord, '_id' | 'orgIds' | 'listingIds'>;
  actingOrgId?: string | null;
} & StoredActivityDataOf<DealRoomFamily>;

export class DealActivity {
  private readonly restrictions: TrailRestriction[] = [];

  constructor(
    private readonly log: ActivityLog,
    private readonly users: UserRepository,
    private readonly io: AppSocketServer,
    /** When entries are dated. */
    private readonly clock: Clock = systemClock,
  ) {}

  /** Hides part of the trail from some members (see TrailRestriction). */
  restrict(restriction: TrailRestriction): void {
    this.restrictions.push(restriction);
  }

  async record(entry: DealActivityEntry): Promise<void> {
    const view = await this.store(entry);
    this.io.to(dealRoom(entry.deal._id)).emit('deal:activity-recorded', { dealId: entry.deal._id, entry: view });
  }

  /** Stores the entry without pushing it: for entries not every member may see, which the caller pushes to those who may. */
  async store(entry: DealActivityEntry): Promise<ActivityView> {
    const { actor, deal, actingOrgId, ...data } = entry;
    const record: NewActivityRecord = {
      actorId: actor?.id ?? SYSTEM_ACTOR_ID,
      actingOrgId: actingOrgId ?? null,
      at: this.clock(),
      subject: { type: 'deal', id: deal._id, listingIds: deal.listingIds, orgIds: deal.orgIds },
      ...data,
    };
    const stored = await this.log.append(record);
    return toActivityView(stored, new Map(entry.actor ? [[entry.actor.id, entry.actor.name]] : []));
  }

  /** Newest first, a page at a time, narrowed by the filters and by what `member` may see. */
  async page(member: DealMemberRecord, page: number, pageSize: number, filters: ActivityFilters = {}): Promise<ActivityPage> {
    const limits = (await Promise.all(this.restrictions.map((restriction) => restriction(member, member.dealId)))).filter((limit) => limit !== null);
    const scope = limits.length === 0 ? { 'subject.id': member.dealId } : { $and: [{ 'subject.id': member.dealId }, ...limits] };
    const { records, total } = await this.log.pageOf(scope, { page, pageSize }, filters);
    const names = await actorNames(this.users, records);
    return { activity: records.map((record) => toActivityView(record, names)), page, pageSize, total };
  }
}
