// Stored notifications: one record per recipient, newest first, read or unread. Only ever
// queried by the owner's user id, so one person never reaches another's records.
import type { NotificationData, NotificationSubject, NotificationType } from '../../shared/schemas/notifications.ts';
import type { Filter, IndexSpec, Store } from '../store/index.ts';

export interface NotificationRecord {
  _id: string;
  userId: string;
  type: NotificationType;
  subject: NotificationSubject;
  actor: { id: string; name: string } | null;
  data: NotificationData;
  at: Date;
  read: boolean;
  readAt: Date | null;
  /** Unread notifications of one user with this key fold into this one (NotificationRequest.groupKey). */
  groupKey?: string;
}

// The embedded engine answers `{userId}` from the single-field index; MongoDB uses the compound
// ones for a person's newest page and their unread count.
export const NOTIFICATION_INDEXES: IndexSpec[] = [
  { collection: 'notifications', fields: ['userId'] },
  { collection: 'notifications', fields: ['userId', 'at'] },
  { collection: 'notifications', fields: ['userId', 'read'] },
];

export interface NotificationFilter {
  unread?: boolean;
  type?: NotificationType;
}

/** Unread records are marked this many at a time, so one request never floods the store. */
const MARK_BATCH = 50;

export class NotificationRepository {
  constructor(private readonly store: Store) {}

  private get notifications() {
    return this.store.collection<NotificationRecord>('notifications');
  }

  async insertMany(records: NotificationRecord[]): Promise<void> {
    await this.notifications.insertMany(records);
  }

  /** One page of a user's notifications, newest first, with the total matching the filter. */
  async page(userId: string, filter: NotificationFilter, skip: number, limit: number): Promise<{ records: NotificationRecord[]; total: number }> {
    const query = this.filterOf(userId, filter);
    const [records, total] = await Promise.all([
      this.notifications.find(query, { sort: { at: -1, _id: 1 }, skip, limit }),
      this.notifications.count(query),
    ]);
    return { records, total };
  }

  /** The user's unread notification of this group, if there is one. */
  unreadOfGroup(userId: string, groupKey: string): Promise<NotificationRecord | null> {
    return this.notifications.findOne({ userId, groupKey, read: false });
  }

  /** Folds news into an unread group notification: new facts, new time; false when it was read meanwhile. */
  async fold(id: string, data: NotificationData, at: Date): Promise<boolean> {
    return (await this.notifications.updateOne({ _id: id, read: false }, { $set: { data, at } })) > 0;
  }

  /** The user's unread notifications of these types dated in (after, until], oldest first: what a digest covers. */
  unreadBetween(userId: string, types: readonly NotificationType[], after: Date, until: Date, limit: number): Promise<NotificationRecord[]> {
    if (types.length === 0) return Promise.resolve([]);
    return this.notifications.find({ userId, read: false, type: { $in: [...types] }, at: { $gt: after, $lte: until } }, { sort: { at: 1, _id: 1 }, limit });
  }

  unreadCount(userId: string): Promise<number> {
    return this.notifications.count({ userId, read: false });
  }

  /** How many of these ids are the user's own notifications. */
  countOwned(userId: string, ids: readonly string[]): Promise<number> {
    return this.notifications.count({ userId, _id: { $in: [...ids] } });
  }

  /** Marks the user's unread notifications among `ids` (all when null) read; returns how many changed. */
  async markRead(userId: string, ids: readonly string[] | null, at: Date): Promise<number> {
    const filter: Filter = ids ? { userId, read: false, _id: { $in: [...ids] } } : { userId, read: false };
    let changed = 0;
    for (;;) {
      const batch = await this.notifications.find(filter, { limit: MARK_BATCH });
      if (batch.length === 0) return changed;
      // `read: false` in each update makes a record marked by another tab meanwhile count once.
      const results = await Promise.all(batch.map((record) => this.notifications.updateOne({ _id: record._id, userId, read: false }, { $set: { read: true, readAt: at } })));
      changed += results.reduce((sum, matched) => sum + matched, 0);
    }
  }

  private filterOf(userId: string, filter: NotificationFilter): Filter {
    const query: Filter = { userId };
    if (filter.unread !== undefined) query.read = !filter.unread;
    if (filter.type) query.type = filter.type;
    return query;
  }
}
