// Per-user notification preferences: one record per user listing the types switched off, so
// every type is on until the person turns it off (and new types start on).
import { NOTIFICATION_TYPES, type NotificationPreferences, type NotificationType, type PreferencesBody } from '../../shared/schemas/notifications.ts';
import type { Store } from '../store/index.ts';

interface PreferenceRecord {
  /** The user id. */
  _id: string;
  off: NotificationType[];
  /** Absent on records from before the setting: every new match. */
  minMatchScore?: number;
}

function toPreferences(record: PreferenceRecord | null): NotificationPreferences {
  const off = record?.off ?? [];
  const switches = Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, !off.includes(type)])) as Record<NotificationType, boolean>;
  return { ...switches, minMatchScore: record?.minMatchScore ?? 0 };
}

export class PreferenceRepository {
  constructor(private readonly store: Store) {}

  private get preferences() {
    return this.store.collection<PreferenceRecord>('notification_preferences');
  }

  async get(userId: string): Promise<NotificationPreferences> {
    return toPreferences(await this.preferences.findOne({ _id: userId }));
  }

  /** Applies the changes named in `body` and returns the whole set. */
  async update(userId: string, body: PreferencesBody): Promise<NotificationPreferences> {
    const current = await this.get(userId);
    const next = { ...current, ...Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) } as NotificationPreferences;
    const off = NOTIFICATION_TYPES.filter((type) => !next[type]);
    await this.preferences.updateOne({ _id: userId }, { $set: { off, minMatchScore: next.minMatchScore } }, { upsert: true });
    return next;
  }

  /** Of these users, those whose minimum score for new-match news is above `score`. */
  async belowMinimum(userIds: readonly string[], score: number): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const records = await this.preferences.find({ _id: { $in: [...userIds] }, minMatchScore: { $gt: score } });
    return new Set(records.map((record) => record._id));
  }

  /** Of these users, those who have switched the type off. */
  async switchedOff(userIds: readonly string[], type: NotificationType): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const records = await this.preferences.find({ _id: { $in: [...userIds] }, off: type });
    return new Set(records.map((record) => record._id));
  }
}
