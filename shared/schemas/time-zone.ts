// A person's IANA time zone (`Asia/Hong_Kong`, `Europe/London`), as the browser reports it and as
// Intl formats with it. Offsets ("+08:00") and abbreviations ("HKT") are refused: they do not follow
// summer time, so a meeting would drift by an hour twice a year.
import { z } from 'zod';

export const DEFAULT_TIME_ZONE = 'UTC';
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

/** True when `name` is an IANA zone this runtime's Intl knows (canonical or an alias it resolves). */
export function isKnownTimeZone(name: string): boolean {
  if (!IANA_NAME.test(name)) return false;
  if (name === DEFAULT_TIME_ZONE || Intl.supportedValuesOf('timeZone').includes(name)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    // RangeError: Intl does not know the zone, which is exactly what the caller asks.
    return false;
  }
}

export const TimeZoneSchema = z.string().max(64).refine(isKnownTimeZone, { message: 'Unknown time zone: use an IANA name such as Asia/Hong_Kong' });

export const TimeZoneBodySchema = z.strictObject({ timeZone: TimeZoneSchema });
export type TimeZoneBody = z.infer<typeof TimeZoneBodySchema>;
