// Request-list progress maths: done over the items that count (n/a ones do not), overdue as of a
// time (a due day ends at midnight UTC after it), and the stored tally giving the same figures.
import { describe, expect, it } from 'vitest';
import { checklistPercent, checklistProgress, checklistTally, isItemOverdue, tallyProgress } from '../../shared/checklist/index.ts';
import type { ChecklistStatus } from '../../shared/schemas/checklist.ts';

const item = (status: ChecklistStatus, due: string | null = null) => ({ status, due });
const at = (iso: string) => Date.parse(iso);

describe('request-list progress', () => {
  it('leaves not-applicable items out of both counts', () => {
    const items = [item('done'), item('done'), item('open'), item('in-progress'), item('not-applicable'), item('not-applicable')];
    expect(checklistProgress(items, 0)).toEqual({ total: 4, done: 2, overdue: 0 });
    expect(checklistPercent(checklistProgress(items, 0))).toBe(50);
  });

  it('is 0 % for an empty list or one where everything is n/a, and 100 % when all that counts is done', () => {
    expect(checklistPercent(checklistProgress([], 0))).toBe(0);
    expect(checklistPercent(checklistProgress([item('not-applicable')], 0))).toBe(0);
    expect(checklistPercent(checklistProgress([item('done'), item('not-applicable')], 0))).toBe(100);
    expect(checklistPercent({ total: 3, done: 1 })).toBe(33);
    expect(checklistPercent({ total: 3, done: 2 })).toBe(67);
  });

  it('counts an item overdue once its due day has ended, unless done or n/a', () => {
    const due = item('open', '2026-03-10');
    expect(isItemOverdue(due, at('2026-03-10T23:59:59Z'))).toBe(false);
    expect(isItemOverdue(due, at('2026-03-11T00:00:00Z'))).toBe(true);
    expect(isItemOverdue(item('in-progress', '2026-03-10'), at('2026-04-01T00:00:00Z'))).toBe(true);
    expect(isItemOverdue(item('done', '2026-03-10'), at('2026-04-01T00:00:00Z'))).toBe(false);
    expect(isItemOverdue(item('not-applicable', '2026-03-10'), at('2026-04-01T00:00:00Z'))).toBe(false);
    expect(isItemOverdue(item('open'), at('2099-01-01T00:00:00Z'))).toBe(false);
  });

  it('stores a tally that gives the same figures at any later time', () => {
    const items = [item('open', '2026-03-10'), item('open', '2026-03-20'), item('done', '2026-03-01'), item('not-applicable', '2026-03-01'), item('open')];
    const tally = checklistTally(items);
    expect(tally).toEqual({ total: 4, done: 1, openDue: ['2026-03-10', '2026-03-20'] });
    for (const now of ['2026-03-05T00:00:00Z', '2026-03-15T00:00:00Z', '2026-03-25T00:00:00Z'].map(at)) {
      expect(tallyProgress(tally, now)).toEqual(checklistProgress(items, now));
    }
    expect(tallyProgress(tally, at('2026-03-15T00:00:00Z')).overdue).toBe(1);
  });
});
