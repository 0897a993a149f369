// When a due date (YYYY-MM-DD, as boards and questions keep it) counts as "due within 48 h": the
// date is due by the end of that day in UTC, and the reminder goes out once fewer than 48 hours
// are left, never after the day has passed.
const HOUR_MS = 60 * 60_000;
export const DUE_LEAD_MS = 48 * HOUR_MS;
const DAY_MS = 24 * HOUR_MS;

/** The instant a due date runs out: midnight UTC after it. */
export function dueEnd(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) + DAY_MS;
}

/** True while `day` runs out within the next 48 hours. */
export function dueSoon(day: string | null, now: Date): boolean {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const left = dueEnd(day) - now.getTime();
  return left > 0 && left <= DUE_LEAD_MS;
}

/** The due dates `dueSoon` accepts as of `now`, as a [first, last] range for a store query. */
export function dueSoonRange(now: Date): { first: string; last: string } {
  const day = (at: number) => new Date(at).toISOString().slice(0, 10);
  return { first: day(now.getTime()), last: day(now.getTime() + DUE_LEAD_MS) };
}
