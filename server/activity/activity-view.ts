// How a stored trail entry is shown: the actor by name (null for the system), times as ISO text.
import type { ActivityView } from '../../shared/schemas/activity.ts';
import type { ActivityData } from '../../shared/schemas/activity-data.ts';
import { SYSTEM_ACTOR_ID, type ActivityRecord, type StoredActivityData } from './activity-log.ts';

/** Looks up the names of the people behind the entries. */
export interface NameSource {
  findByIds(ids: string[]): Promise<{ _id: string; name: string }[]>;
}

/**
 * An entry's action and data as readers receive them. The wire is JSON, which carries the Dates
 * some data holds (a match's snooze, a listing's expiry) as ISO text: the same values, so only
 * the type changes here.
 */
export function wireData<Data extends StoredActivityData>(data: Data): Extract<ActivityData, { action: Data['action'] }> {
  return { action: data.action, before: data.before, after: data.after } as Extract<ActivityData, { action: Data['action'] }>;
}

export function toActivityView(record: ActivityRecord, names: ReadonlyMap<string, string>): ActivityView {
  return {
    id: record._id,
    actor: record.actorId === SYSTEM_ACTOR_ID ? null : { id: record.actorId, name: names.get(record.actorId) ?? 'Former user' },
    actingOrgId: record.actingOrgId,
    at: new Date(record.at).toISOString(),
    ...wireData(record),
  };
}

/** Names of the actors of these entries, by user id. */
export async function actorNames(users: NameSource, records: readonly ActivityRecord[]): Promise<Map<string, string>> {
  const ids = [...new Set(records.map((record) => record.actorId).filter((id) => id !== SYSTEM_ACTOR_ID))];
  if (ids.length === 0) return new Map();
  return new Map((await users.findByIds(ids)).map((user) => [user._id, user.name]));
}

/** Only the fields that differ, as `{before, after}`; null when nothing changed. */
export function changedFields<T extends object>(before: T, after: Partial<T>): { before: Partial<T>; after: Partial<T> } | null {
  const keys = (Object.keys(after) as (keyof T)[]).filter((key) => after[key] !== undefined && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  if (keys.length === 0) return null;
  return { before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])) as Partial<T>, after: Object.fromEntries(keys.map((key) => [key, after[key]])) as Partial<T> };
}
