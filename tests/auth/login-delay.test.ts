// The per-account login delay on its own clock: free failures, doubling up to the cap, running
// attempts counted, forgiveness over time, reset on success, and a bounded memory.
import { describe, expect, it } from 'vitest';
import { LoginDelay, type LoginDelayOptions } from '../../server/auth/login-delay.ts';

const OPTIONS: LoginDelayOptions = { freeFailures: 2, baseDelayMs: 100, maxDelayMs: 500, forgiveAfterMs: 1000, maxTracked: 100 };

function pacedWith(options: Partial<LoginDelayOptions> = {}) {
  const clock = { now: 0 };
  const delay = new LoginDelay({ ...OPTIONS, ...options }, () => clock.now);
  const fail = (email: string, times = 1) => {
    const delays: number[] = [];
    for (let i = 0; i < times; i++) {
      const attempt = delay.begin(email);
      delays.push(attempt.delayMs);
      attempt.end('failed');
    }
    return delays;
  };
  return { clock, delay, fail };
}

describe('login delay', () => {
  it('answers the free failures at once, then doubles the delay up to the cap', () => {
    const { fail } = pacedWith();
    expect(fail('a@example.com', 7)).toEqual([0, 0, 100, 200, 400, 500, 500]);
  });

  it('keeps accounts apart', () => {
    const { delay, fail } = pacedWith();
    fail('a@example.com', 5);
    expect(delay.peek('b@example.com')).toBe(0);
  });

  it('counts attempts still running, so parallel guesses wait as a sequence would', () => {
    const { delay } = pacedWith();
    const burst = Array.from({ length: 5 }, () => delay.begin('a@example.com'));
    expect(burst.map((attempt) => attempt.delayMs)).toEqual([0, 0, 100, 200, 400]);
    for (const attempt of burst) attempt.end('abandoned');
    expect(delay.peek('a@example.com')).toBe(0);
  });

  it('forgives one failure per interval', () => {
    const { clock, delay, fail } = pacedWith();
    fail('a@example.com', 4);
    expect(delay.peek('a@example.com')).toBe(400);
    clock.now += 1000;
    expect(delay.peek('a@example.com')).toBe(200);
    clock.now += 2000;
    expect(delay.peek('a@example.com')).toBe(0);
  });

  it('clears the failures when the owner signs in, and ends an attempt only once', () => {
    const { delay, fail } = pacedWith();
    fail('a@example.com', 4);
    const owner = delay.begin('a@example.com');
    expect(owner.delayMs).toBe(400);
    owner.end('succeeded');
    owner.end('failed');
    expect(delay.peek('a@example.com')).toBe(0);
    expect(delay.trackedCount).toBe(0);
  });

  it('tracks a bounded number of e-mails, dropping the longest untouched', () => {
    const { delay, fail } = pacedWith({ maxTracked: 3 });
    for (const email of ['a', 'b', 'c', 'd']) fail(`${email}@example.com`, 3);
    expect(delay.trackedCount).toBe(3);
    expect(delay.peek('a@example.com')).toBe(0);
    expect(delay.peek('d@example.com')).toBe(200);
  });
});
