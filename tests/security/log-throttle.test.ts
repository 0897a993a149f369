// Throttled warnings: a flood of the same warning logs one line at once and one summary per
// window with the count, keys are throttled apart, the count is never lost, and the number of
// keys held is bounded. The captured stream writes synchronously, so lines are there at once.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WarnThrottle } from '../../server/log-throttle.ts';

interface Line {
  msg: string;
  repeats?: number;
  throttleKey?: string;
  user?: string;
}

function capturedLogger() {
  const lines: Line[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Line);
      done();
    },
  });
  return { lines, logger: pino({ level: 'warn' }, sink) };
}

describe('throttled warnings', () => {
  beforeEach(() => {
    // Only timeouts: the stream under pino needs its own scheduling to stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('logs the first of a flood at once and the rest as one summary when the window ends', () => {
    const { lines, logger } = capturedLogger();
    const throttle = new WarnThrottle(logger, { windowMs: 10_000 });
    for (let i = 0; i < 5000; i++) throttle.warn('malformed-frame', { user: `u${i}` }, 'malformed collaboration frame; closing connection');
    expect(lines).toEqual([expect.objectContaining({ msg: 'malformed collaboration frame; closing connection', user: 'u0' })]);

    vi.advanceTimersByTime(10_000);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({
      msg: 'malformed collaboration frame; closing connection (4999 more in the last 10 s)',
      repeats: 4999,
      throttleKey: 'malformed-frame',
      user: 'u4999',
    });
  });

  it('logs a quiet key again at once, and writes no summary for a window without repeats', () => {
    const { lines, logger } = capturedLogger();
    const throttle = new WarnThrottle(logger, { windowMs: 1000 });
    throttle.warn('k', {}, 'first');
    vi.advanceTimersByTime(1000);
    throttle.warn('k', {}, 'second');
    expect(lines.map((line) => line.msg)).toEqual(['first', 'second']);
    throttle.close();
  });

  it('throttles keys apart', () => {
    const { lines, logger } = capturedLogger();
    const throttle = new WarnThrottle(logger, { windowMs: 1000 });
    for (let i = 0; i < 3; i++) {
      throttle.warn('a', {}, 'warning a');
      throttle.warn('b', {}, 'warning b');
    }
    throttle.close();
    expect(lines.map((line) => line.msg)).toEqual(['warning a', 'warning b', 'warning a (2 more in the last 1 s)', 'warning b (2 more in the last 1 s)']);
  });

  it('summarises what is still counted when closed, and holds a bounded number of keys', () => {
    const { lines, logger } = capturedLogger();
    const throttle = new WarnThrottle(logger, { windowMs: 60_000, maxKeys: 2 });
    for (let i = 0; i < 10; i++) throttle.warn(`key-${i}`, {}, 'per-key warning');
    throttle.close();
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toMatchObject({ throttleKey: '(other keys)', repeats: 7 });
    expect(vi.getTimerCount()).toBe(0);
  });
});
