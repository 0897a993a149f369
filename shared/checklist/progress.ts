// Request-list progress: done over the items that count (not-applicable ones do not), overdue as of a time.
import { dueDayEndsAt } from '../due-day.ts';
import type { ChecklistProgress, ChecklistStatus } from '../schemas/checklist.ts';

interface CountedItem {
  status: ChecklistStatus;
  due: string | null;
}

/** The counts that do not depend on the time, as the deal's progress stores them. */
export interface ChecklistTally {
  total: number;
  done: number;
  /** Due days of the items still wanted (neither done nor n/a). */
  openDue: string[];
}

const isWanted = (item: CountedItem) => item.status !== 'done' && item.status !== 'not-applicable';

/** Whether an item is still wanted and its due day has ended by `now`. */
export function isItemOverdue(item: CountedItem, now: number): boolean {
  return item.due !== null && isWanted(item) && dueDayEndsAt(item.due) <= now;
}

export function checklistTally(items: readonly CountedItem[]): ChecklistTally {
  const counted = items.filter((item) => item.status !== 'not-applicable');
  return {
    total: counted.length,
    done: counted.filter((item) => item.status === 'done').length,
    openDue: counted.flatMap((item) => (item.due !== null && isWanted(item) ? [item.due] : [])),
  };
}

/** The figures shown, with overdue counted as of `now`. */
export function tallyProgress(tally: ChecklistTally, now: number): ChecklistProgress {
  return { total: tally.total, done: tally.done, overdue: tally.openDue.filter((due) => dueDayEndsAt(due) <= now).length };
}

export function checklistProgress(items: readonly CountedItem[], now: number): ChecklistProgress {
  return tallyProgress(checklistTally(items), now);
}

/** Whole percent done; an empty list (or all n/a) is 0 %. */
export function checklistPercent(progress: Pick<ChecklistProgress, 'total' | 'done'>): number {
  return progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
}
