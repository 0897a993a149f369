// The activity trail: an append-only record of who changed what, when, from what to what.
// Every feature's server commands write here; nothing ever edits or deletes an entry — this
// class has no method that could, and no route reaches the collection any other way.
import { randomUUID } from 'node:crypto';
import type { ActivityKind } from '../../shared/schemas/activity.ts';
import type { ActivityData, ActivityDataOf } from '../../shared/schemas/activity-data.ts';
import type { ActivityFamily } from '../../shared/activity-actions.ts';
import type { Filter, IndexSpec, Store } from '../store/index.ts';

/** Actor id of entries no person caused (an expiry, an unattributed document change). */
export const SYSTEM_ACTOR_ID = 'system';

/** An action with its before / after as the store holds it (Dates as Dates). */
export type StoredActivityData = ActivityData<Date>;
/** The stored data of the actions of some families, e.g. `StoredActivityDataOf<'org'>`. */
export type StoredActivityDataOf<Family extends ActivityFamily> = ActivityDataOf<Family, Date>;

/** Who did it, for whom, when and to what; the action and its data come from StoredActivityData. */
interface ActivityEnvelope {
  actorId: string;
  /** The organisation the actor acted for, when the change was made on one side's behalf. */
  actingOrgId: string | null;
  at: Date;
  subject: { type: string; id: string; listingIds: string[]; orgIds: string[] };
}

export type NewActivityRecord = ActivityEnvelope & StoredActivityData;
export type ActivityRecord = NewActivityRecord & { _id: string };

export const ACTIVITY_INDEXES: IndexSpec[] = [
  { collection: 'activity', fields: ['subject.id'] },
  { collection: 'activity', fields: ['subject.orgIds'] },
  { collection: 'activity', fields: ['actingOrgId'] },
  { collection: 'activity', fields: ['at'] },
];

export interface ActivityPageQuery {
  page: number;
  pageSize: number;
}

/** Narrowing a trail: an action or family of actions, what it is about, who, when. */
export interface ActivityFilters {
  action?: string;
  kind?: ActivityKind;
  actor?: string;
  from?: Date;
  to?: Date;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The store filter for a scope (whose trail) narrowed by the filters. */
function filterOf(scope: Filter, filters: ActivityFilters): Filter {
  const parts: Filter[] = [scope];
  if (filters.action) {
    parts.push({ action: filters.action.includes('.') ? filters.action : { $regex: new RegExp(`^${escapeRegExp(filters.action)}\\.`) } });
  }
  if (filters.kind) parts.push({ 'subject.type': filters.kind });
  if (filters.actor) parts.push({ actorId: filters.actor });
  if (filters.from) parts.push({ at: { $gte: filters.from } });
  if (filters.to) parts.push({ at: { $lte: filters.to } });
  return parts.length === 1 ? scope : { $and: parts };
}

export class ActivityLog {
  constructor(private readonly store: Store) {}

  private get activity() {
    return this.store.collection<ActivityRecord>('activity');
  }

  /** Stores the entry under a fresh id and returns it as stored. */
  async append(entry: NewActivityRecord): Promise<ActivityRecord> {
    // The id is set last so that nothing in `entry` can choose (and so overwrite) an existing one.
    const record: ActivityRecord = { ...entry, _id: randomUUID() };
    await this.activity.insertOne(record);
    return record;
  }

  /** A subject's whole trail, oldest first. */
  forSubject(id: string): Promise<ActivityRecord[]> {
    return this.activity.find({ 'subject.id': id }, { sort: { at: 1 } });
  }

  /** One page of a subject's trail, newest first, with the total count. */
  pageForSubject(id: string, paging: ActivityPageQuery, filters: ActivityFilters = {}): Promise<{ records: ActivityRecord[]; total: number }> {
    return this.pageOf({ 'subject.id': id }, paging, filters);
  }

  /** One page of the entries in `scope`, newest first, with the total count. */
  async pageOf(scope: Filter, { page, pageSize }: ActivityPageQuery, filters: ActivityFilters = {}): Promise<{ records: ActivityRecord[]; total: number }> {
    const filter = filterOf(scope, filters);
    const [records, total] = await Promise.all([
      this.activity.find(filter, { sort: { at: -1, _id: 1 }, skip: (page - 1) * pageSize, limit: pageSize }),
      this.activity.count(filter),
    ]);
    return { records, total };
  }
}
