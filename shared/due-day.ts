// Due dates are calendar days (YYYY-MM-DD); a day ends at midnight UTC after it, and past that what was due is overdue.
const DAY_MS = 86_400_000;

/** When the due day `due` ends (infinity for a malformed day, which is then never overdue). */
export function dueDayEndsAt(due: string): number {
  const start = Date.parse(`${due}T00:00:00Z`);
  return Number.isNaN(start) ? Number.POSITIVE_INFINITY : start + DAY_MS;
}
