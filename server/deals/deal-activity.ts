// The deal's activity trail, on the shared ActivityLog: every server command of a deal room
// (membership, stage, sign-offs, comments, versions, restores) with who, when, before and after,
// pushed live to the deal room and read back newest first, a page at a time.
import type { PublicUser } from '../../shared/protocol.ts';
import type { ActivityPage, ActivityView } from '../../shared/schemas/deals.ts';
import type { UserRepository } from '../auth/index.ts';
import type { ActivityLog } from '../matches/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import { dealRoom } from './deal-events.ts';
import type { DealRecord } from './deal-repository.ts';

type ActivityRecord = Awaited<ReturnType<ActivityLog['forSubject']>>[number];

/** Actor id of entries no person caused (an unattributed document change). */
export const SYSTEM_ACTOR_ID = 'system';

export interface DealActivityEntry {
  /** Null for what no person caused. */
  actor: PublicUser | null;
  deal: Pick<DealRecord, '_id' | 'orgIds' | 'listingIds'>;
  action: string;
  actingOrgId?: string | null;
  before?: unknown;
  after?: unknown;
}

function toView(record: ActivityRecord, names: Map<string, string>): ActivityView {
  return {
    id: record._id,
    action: record.action,
    actor: record.actorId === SYSTEM_ACTOR_ID ? null : { id: record.actorId, name: names.get(record.actorId) ?? 'Former user' },
    actingOrgId: record.actingOrgId,
    at: new Date(record.at).toISOString(),
    before: record.before,
    after: record.after,
  };
}

export class DealActivity {
  constructor(
    private readonly log: ActivityLog,
    private readonly users: UserRepository,
    private readonly io: AppSocketServer,
  ) {}

  async record(entry: DealActivityEntry): Promise<void> {
    const record: Omit<ActivityRecord, '_id'> = {
      actorId: entry.actor?.id ?? SYSTEM_ACTOR_ID,
      actingOrgId: entry.actingOrgId ?? null,
      at: new Date(),
      action: entry.action,
      subject: { type: 'deal', id: entry.deal._id, listingIds: entry.deal.listingIds, orgIds: entry.deal.orgIds },
      before: entry.before ?? null,
      after: entry.after ?? null,
    };
    await this.log.append(record);
    // The shared log does not hand back the stored id, so live entries carry none (empty string).
    const view = toView({ _id: '', ...record }, new Map(entry.actor ? [[entry.actor.id, entry.actor.name]] : []));
    this.io.to(dealRoom(entry.deal._id)).emit('deal:activity', { dealId: entry.deal._id, entry: view });
  }

  /**
   * Newest first. The shared log reads a subject's whole trail (oldest first), so paging happens
   * here; a deal's trail is bounded by what people do in it.
   */
  async page(dealId: string, page: number, pageSize: number): Promise<ActivityPage> {
    const all = await this.log.forSubject(dealId);
    const slice = all.reverse().slice((page - 1) * pageSize, page * pageSize);
    const users = await this.users.findByIds([...new Set(slice.map((record) => record.actorId))]);
    const names = new Map(users.map((user) => [user._id, user.name]));
    return { activity: slice.map((record) => toView(record, names)), page, pageSize, total: all.length };
  }
}
