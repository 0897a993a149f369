// How a stored trail entry is shown: the actor by name (null for the system), times as ISO text.
import type { ActivityView } from '../../shared/schemas/deals.ts';
import { SYSTEM_ACTOR_ID, type ActivityRecord } from './activity-log.ts';

/** Looks up the names of the people behind the entries. */
export interface NameSource {
  findByIds(ids: string[]): Promise<{ _id: string; name: string }[]>;
}

export function toActivityView(record: ActivityRecord, names: ReadonlyMap<string, string>): ActivityView {
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
