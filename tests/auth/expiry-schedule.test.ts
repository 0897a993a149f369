// One timer for many sessions' expiries: each key expires once, at its time, never after being deleted.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExpirySchedule } from '../../server/auth/index.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('the expiry schedule', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  const at = (ms: number) => new Date(Date.now() + ms);

  it('expires each key at its own time, earliest first, whatever order they were added in', () => {
    const expired: string[] = [];
    const schedule = new ExpirySchedule<string>((key) => expired.push(key));
    schedule.add('late', at(3_000));
    schedule.add('early', at(1_000));
    schedule.add('middle', at(2_000));
    vi.advanceTimersByTime(999);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(['early']);
    vi.advanceTimersByTime(2_000);
    expect(expired).toEqual(['early', 'middle', 'late']);
    vi.advanceTimersByTime(DAY_MS);
    expect(expired).toEqual(['early', 'middle', 'late']);
  });

  it('never expires a deleted key, and still expires the others', () => {
    const expired: string[] = [];
    const schedule = new ExpirySchedule<string>((key) => expired.push(key));
    schedule.add('gone', at(1_000));
    schedule.add('kept', at(2_000));
    schedule.delete('gone');
    vi.advanceTimersByTime(2_000);
    expect(expired).toEqual(['kept']);
  });

  it('expires a key already past on the next tick', () => {
    const expired: string[] = [];
    const schedule = new ExpirySchedule<string>((key) => expired.push(key));
    schedule.add('past', at(-5_000));
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(expired).toEqual(['past']);
  });

  it('waits out expiries further away than a timer can hold (about 24.8 days)', () => {
    const expired: string[] = [];
    const schedule = new ExpirySchedule<string>((key) => expired.push(key));
    schedule.add('in 60 days', at(60 * DAY_MS));
    vi.advanceTimersByTime(30 * DAY_MS);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(30 * DAY_MS);
    expect(expired).toEqual(['in 60 days']);
  });

  it('holds no timer once stopped or emptied', () => {
    const schedule = new ExpirySchedule<string>(() => undefined);
    schedule.add('a', at(1_000));
    expect(vi.getTimerCount()).toBe(1);
    schedule.delete('a');
    expect(vi.getTimerCount()).toBe(0);
    schedule.add('b', at(1_000));
    schedule.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
