// Proposed times: the schema's shape (at most five, distinct, 15 min – 8 h, an offset on every
// start, an https video link) and the server's judgement by its own clock (not in the past, not
// beyond the horizon); IANA time zones known to Intl, offsets and abbreviations refused.
import { describe, expect, it } from 'vitest';
import { acceptableSlots } from '../../server/meetings/index.ts';
import { ProposeMeetingBodySchema } from '../../shared/schemas/meetings.ts';
import { isKnownTimeZone, TimeZoneSchema } from '../../shared/schemas/time-zone.ts';

const NOW = new Date('2026-12-03T10:00:00Z');
const slot = (start: string, minutes = 60) => ({ start, minutes });
const body = (slots: unknown[], location: unknown = { kind: 'video', url: 'https://meet.example/abc' }) => ({ title: 'Certification plan', slots, location });

describe('proposed times', () => {
  it('are stored in UTC, soonest first, each with its own id', () => {
    const stored = acceptableSlots([slot('2026-12-10T17:30:00+08:00'), slot('2026-12-09T09:00:00Z', 30)], NOW);
    expect(stored.map((entry) => [entry.start, entry.minutes])).toEqual([
      ['2026-12-09T09:00:00.000Z', 30],
      ['2026-12-10T09:30:00.000Z', 60],
    ]);
    expect(new Set(stored.map((entry) => entry.id)).size).toBe(2);
  });

  it('refuse a time in the past or now, naming the slot', () => {
    expect(() => acceptableSlots([slot('2026-12-04T09:00:00Z'), slot('2026-12-03T09:59:00Z')], NOW)).toThrow(/slots\.1\.start: This time is in the past/);
    expect(() => acceptableSlots([slot(NOW.toISOString())], NOW)).toThrow(/in the past/);
  });

  it('refuse a time more than a year ahead (a mistyped year)', () => {
    expect(() => acceptableSlots([slot('2062-12-04T09:00:00Z')], NOW)).toThrow(/days ahead/);
    expect(acceptableSlots([slot('2027-12-03T09:00:00Z')], NOW)).toHaveLength(1);
  });

  it('take one to five distinct slots of 15 minutes to 8 hours, with an offset on the start', () => {
    const good = (slots: unknown[]) => ProposeMeetingBodySchema.safeParse(body(slots)).success;
    expect(good([slot('2026-12-10T09:00:00Z', 15), slot('2026-12-10T10:00:00+08:00', 480)])).toBe(true);
    expect(good([])).toBe(false);
    expect(good(Array.from({ length: 6 }, (_, index) => slot(`2026-12-1${index}T09:00:00Z`)))).toBe(false);
    expect(good([slot('2026-12-10T09:00:00Z', 14)])).toBe(false);
    expect(good([slot('2026-12-10T09:00:00Z', 481)])).toBe(false);
    expect(good([slot('2026-12-10T09:00:00Z', 30.5)])).toBe(false);
    expect(good([slot('2026-12-10T09:00:00')])).toBe(false);
    expect(good([slot('2026-12-10T17:00:00+08:00'), slot('2026-12-10T09:00:00Z')])).toBe(false);
  });

  it('meet by an https video link or at a named place', () => {
    const where = (location: unknown) => ProposeMeetingBodySchema.safeParse(body([slot('2026-12-10T09:00:00Z')], location)).success;
    expect(where({ kind: 'place', address: 'Cyberport 3, Level 5' })).toBe(true);
    expect(where({ kind: 'video', url: 'http://meet.example/abc' })).toBe(false);
    expect(where({ kind: 'video', url: 'javascript:alert(1)' })).toBe(false);
    expect(where({ kind: 'place', address: '\u200b ' })).toBe(false);
  });
});

describe('time zones', () => {
  it('are IANA names Intl knows', () => {
    for (const zone of ['Asia/Hong_Kong', 'Europe/London', 'America/Argentina/Buenos_Aires', 'UTC']) expect(isKnownTimeZone(zone)).toBe(true);
    for (const zone of ['Mars/Olympus_Mons', '+08:00', 'HKT', '', 'Asia/Hong_Kong\r\nX-EVIL:1', '../etc/passwd']) expect(isKnownTimeZone(zone)).toBe(false);
    expect(TimeZoneSchema.safeParse('Asia/Shanghai').success).toBe(true);
  });
});
