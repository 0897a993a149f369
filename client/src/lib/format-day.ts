// A calendar day (YYYY-MM-DD) written in the UI language, the same day in every time zone.
import type { Lang } from '../../../shared/taxonomy/index.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day in `lang` ("2027年3月31日", "31 Mar 2027"); anything that is not a day comes back as it is. */
export function formatDay(day: string, lang: Lang): string {
  if (!DAY.test(day)) return day;
  // Noon UTC, read in UTC: no time zone moves it to the day before or after.
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : date.toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' });
}
