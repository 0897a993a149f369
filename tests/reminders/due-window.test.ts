// When a due date counts as due within 48 h: by the end of its day in UTC, never after it passed,
// and the store range the question query uses covers every date that does.
import { describe, expect, it } from 'vitest';
import { dueEnd, dueSoon, dueSoonRange } from '../../server/reminders/due-window.ts';

const at = (iso: string) => new Date(iso);

describe('due within 48 h', () => {
  it('counts a date from 48 h before the end of its day until that end', () => {
    expect(dueEnd('2026-12-05')).toBe(Date.parse('2026-12-06T00:00:00Z'));
    expect(dueSoon('2026-12-05', at('2026-12-03T23:59:59Z'))).toBe(false);
    expect(dueSoon('2026-12-05', at('2026-12-04T00:00:00Z'))).toBe(true);
    expect(dueSoon('2026-12-05', at('2026-12-05T23:59:59Z'))).toBe(true);
    expect(dueSoon('2026-12-05', at('2026-12-06T00:00:00Z'))).toBe(false);
  });

  it('ignores missing and malformed dates', () => {
    for (const day of [null, '', '5/12/2026', '2026-12-05T10:00']) expect(dueSoon(day, at('2026-12-04T10:00:00Z'))).toBe(false);
  });

  it('queries a range holding every date that is due soon', () => {
    const now = at('2026-12-03T10:00:00Z');
    const { first, last } = dueSoonRange(now);
    for (const day of ['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']) {
      if (dueSoon(day, now)) expect(day >= first && day <= last).toBe(true);
    }
    expect([first, last]).toEqual(['2026-12-03', '2026-12-05']);
  });
});
