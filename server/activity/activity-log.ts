// The activity trail: an append-only record of who changed what, when, from what to what.
// Every feature's server commands write here; nothing ever edits or deletes an entry.
import { randomUUID } from 'node:crypto';
import type { IndexSpec, Store } from '../store/index.ts';

export interface ActivityRecord {
  _id: string;
  actorId: string;
  /** The organisation the actor acted for, when the change was made on one side's behalf. */
  actingOrgId: string | null;
  at: Date;
  action: string;
  subject: { type: string; id: string; listingIds: string[]; orgIds: string[] };
  before: unknown;
  after: unknown;
}

export const ACTIVITY_INDEXES: IndexSpec[] = [{ collection: 'activity', fields: ['subject.id'] }];

export interface ActivityPageQuery {
  page: number;
  pageSize: number;
}

export class ActivityLog {
  constructor(private readonly store: Store) {}

  private get activity() {
    return this.store.collection<ActivityRecord>('activity');
  }

  /** Stores the entry and returns it as stored, id included. */
  async append(entry: Omit<ActivityRecord, '_id'>): Promise<ActivityRecord> {
    const record = { _id: randomUUID(), ...entry };
    await this.activity.insertOne(record);
    return record;
  }

  /** A subject's whole trail, oldest first. */
  forSubject(id: string): Promise<ActivityRecord[]> {
    return this.activity.find({ 'subject.id': id }, { sort: { at: 1 } });
  }

  /** One page of a subject's trail, newest first, with the total count. */
  async pageForSubject(id: string, { page, pageSize }: ActivityPageQuery): Promise<{ records: ActivityRecord[]; total: number }> {
    const filter = { 'subject.id': id };
    const [records, total] = await Promise.all([
      this.activity.find(filter, { sort: { at: -1 }, skip: (page - 1) * pageSize, limit: pageSize }),
      this.activity.count(filter),
    ]);
    return { records, total };
  }
}
