// The activity trail: an append-only record of who changed what, when, from what to what.
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

export class ActivityLog {
  constructor(private readonly store: Store) {}

  private get activity() {
    return this.store.collection<ActivityRecord>('activity');
  }

  async append(entry: Omit<ActivityRecord, '_id'>): Promise<void> {
    await this.activity.insertOne({ _id: randomUUID(), ...entry });
  }

  forSubject(id: string): Promise<ActivityRecord[]> {
    return this.activity.find({ 'subject.id': id }, { sort: { at: 1 } });
  }
}
