// When the next digest is due: the first instant after a given one at which the person's wall
// clock, in their IANA zone, reaches the chosen hour (and weekday). Intl reads the zone's rules, so
// summer time is followed without any offset arithmetic of ours.
import type { DigestSchedule } from '../../shared/schemas/email-delivery.ts';
import { assertNever } from '../../shared/assert-never.ts';

/** Every zone in use is a whole number of quarter hours from UTC, so local hours start on this grid. */
const STEP_MS = 15 * 60_000;
/** A week and a day of quarter hours: a weekly slot is always inside it. */
const MAX_STEPS = 8 * 24 * 4;
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

interface WallClock {
  /** `YYYY-MM-DD` in the zone. */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
  weekday: number;
}

function wallClockReader(timeZone: string): (at: number) => WallClock {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' });
  return (at) => {
    const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
    return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute), weekday: WEEKDAYS[parts.weekday] ?? 0 };
  };
}

/**
 * True when the wall clock passed the slot between two quarter hours. A slot that falls in a
 * spring-forward gap (01:00 in London on the last Sunday of March) is taken at the first instant
 * after the gap; an hour that happens twice in autumn counts once, the first time.
 */
function reachesSlot(schedule: DigestSchedule, before: WallClock, now: WallClock): boolean {
  switch (schedule.type) {
    case 'hourly':
      return Math.floor(before.minutes / 60) !== Math.floor(now.minutes / 60) || before.date !== now.date;
    case 'daily':
      return crossesHour(schedule.hour, before, now);
    case 'weekly':
      return now.weekday === schedule.weekday && crossesHour(schedule.hour, before, now);
    default:
      return assertNever(schedule);
  }
}

function crossesHour(hour: number, before: WallClock, now: WallClock): boolean {
  const slot = hour * 60;
  // A new local day starts below every slot, so reaching the slot at its first instant counts too.
  return (before.date !== now.date || before.minutes < slot) && now.minutes >= slot;
}

/** The first digest slot strictly after `after`, in `timeZone`. */
export function nextDigestAt(schedule: DigestSchedule, timeZone: string, after: Date): Date {
  const read = wallClockReader(timeZone);
  let at = Math.floor(after.getTime() / STEP_MS) * STEP_MS + STEP_MS;
  let before = read(at - STEP_MS);
  for (let step = 0; step < MAX_STEPS; step++, at += STEP_MS) {
    const now = read(at);
    if (reachesSlot(schedule, before, now)) return new Date(at);
    before = now;
  }
  throw new Error(`No digest slot within a week in ${timeZone}`);
}
