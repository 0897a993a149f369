// When digests fall due, in the person's zone: summer time in London (both changes), Hong Kong
// (no summer time), a half-hour zone, weekdays, and "strictly after".
import { describe, expect, it } from 'vitest';
import { nextDigestAt } from '../../server/digest/index.ts';

const next = (schedule: Parameters<typeof nextDigestAt>[0], zone: string, after: string) => nextDigestAt(schedule, zone, new Date(after)).toISOString();

describe('the next digest slot', () => {
  it('is 08:00 London time on either side of the March change, an hour earlier in UTC after it', () => {
    expect(next({ type: 'daily', hour: 8 }, 'Europe/London', '2026-03-27T09:00:00Z')).toBe('2026-03-28T08:00:00.000Z');
    expect(next({ type: 'daily', hour: 8 }, 'Europe/London', '2026-03-28T09:00:00Z')).toBe('2026-03-29T07:00:00.000Z');
  });

  it('takes a slot that falls in the spring-forward gap at the first instant after it', () => {
    expect(next({ type: 'daily', hour: 1 }, 'Europe/London', '2026-03-28T12:00:00Z')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('counts the hour that happens twice in October once, the first time', () => {
    expect(next({ type: 'daily', hour: 1 }, 'Europe/London', '2026-10-24T12:00:00Z')).toBe('2026-10-25T00:00:00.000Z');
    expect(next({ type: 'daily', hour: 1 }, 'Europe/London', '2026-10-25T00:00:00Z')).toBe('2026-10-26T01:00:00.000Z');
  });

  it('follows Hong Kong time, eight hours ahead all year', () => {
    expect(next({ type: 'daily', hour: 9 }, 'Asia/Hong_Kong', '2026-12-03T00:00:00Z')).toBe('2026-12-03T01:00:00.000Z');
    expect(next({ type: 'daily', hour: 9 }, 'Asia/Hong_Kong', '2026-07-03T02:00:00Z')).toBe('2026-07-04T01:00:00.000Z');
    expect(next({ type: 'daily', hour: 0 }, 'Asia/Hong_Kong', '2026-12-03T00:00:00Z')).toBe('2026-12-03T16:00:00.000Z');
  });

  it('waits for the chosen local weekday', () => {
    // Thursday 3 December → Monday 7 December, 09:00 in Hong Kong.
    expect(next({ type: 'weekly', weekday: 1, hour: 9 }, 'Asia/Hong_Kong', '2026-12-03T10:00:00Z')).toBe('2026-12-07T01:00:00.000Z');
    // Sunday 23:30 UTC is already Monday morning in Hong Kong, past 07:00: the following Monday.
    expect(next({ type: 'weekly', weekday: 1, hour: 7 }, 'Asia/Hong_Kong', '2026-12-06T23:30:00Z')).toBe('2026-12-13T23:00:00.000Z');
    // The weekday is London's: Sunday 29 March at 18:00 local is 17:00 UTC after the change.
    expect(next({ type: 'weekly', weekday: 7, hour: 18 }, 'Europe/London', '2026-03-23T00:00:00Z')).toBe('2026-03-29T17:00:00.000Z');
  });

  it('runs hourly on the local hour, also in a half-hour zone and across the change', () => {
    expect(next({ type: 'hourly' }, 'Asia/Kolkata', '2026-12-03T10:05:00Z')).toBe('2026-12-03T10:30:00.000Z');
    expect(next({ type: 'hourly' }, 'Europe/London', '2026-03-29T00:30:00Z')).toBe('2026-03-29T01:00:00.000Z');
    expect(next({ type: 'hourly' }, 'Europe/London', '2026-03-29T01:00:00Z')).toBe('2026-03-29T02:00:00.000Z');
  });

  it('is strictly after the instant given', () => {
    expect(next({ type: 'daily', hour: 8 }, 'UTC', '2026-12-03T08:00:00Z')).toBe('2026-12-04T08:00:00.000Z');
    expect(next({ type: 'daily', hour: 8 }, 'UTC', '2026-12-03T07:59:59.999Z')).toBe('2026-12-03T08:00:00.000Z');
  });
});
