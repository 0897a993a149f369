// Times in a person's IANA zone: the profile's, not the device's, so a Londoner on a laptop set to
// Hong Kong still sees London times. Formatting is Intl's; turning a wall-clock time typed in a
// zone into UTC asks Intl for the zone's offset at that moment.
import { isKnownTimeZone } from '../../../shared/schemas/time-zone.ts';

/** The browser's zone, sent at sign-up; UTC when the browser names none Intl knows. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isKnownTimeZone(zone) ? zone : 'UTC';
}

/** e.g. "Thu, 10 Dec 2026, 17:30" in the zone and the reader's language. */
export function formatInZone(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** The zone's offset from UTC at `at`, in minutes (Hong Kong: +480). */
function offsetMinutes(at: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(new Date(at))
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return Math.round((wall - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/** A `datetime-local` value ("2026-12-10T17:30") read as wall-clock time in the zone, as UTC ISO. */
export function zonedToUtc(local: string, timeZone: string): string {
  const wall = Date.parse(`${local}Z`);
  // The offset at the guess can differ from the one at the answer across a summer-time change: look twice.
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  return new Date(wall - offsetMinutes(first, timeZone) * 60_000).toISOString();
}
