// Sorting the dashboard table: each column's comparison key, ascending or descending.
import { daysInStage, PIPELINE_STAGES } from '../../../shared/pipeline/index.ts';
import { checklistPercent } from '../../../shared/checklist/index.ts';
import type { DashboardRow } from '../../../shared/schemas/dashboard.ts';

export const SORT_COLUMNS = ['title', 'stage', 'type', 'terms', 'blocked', 'overdue', 'questions', 'requests', 'daysInStage', 'lastActivity'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface TableSort {
  column: SortColumn;
  descending: boolean;
}

function keyOf(row: DashboardRow, column: SortColumn, now: number): string | number {
  switch (column) {
    case 'title':
      return row.title.toLocaleLowerCase();
    case 'stage':
      return (PIPELINE_STAGES as readonly string[]).indexOf(row.stage);
    case 'type':
      return row.type;
    case 'terms':
      return row.progress.termsTotal === 0 ? 0 : row.progress.termsAgreed / row.progress.termsTotal;
    case 'blocked':
      return row.progress.termsBlocked;
    case 'overdue':
      return row.progress.termsOverdue;
    case 'questions':
      // Overdue questions weigh first, then open ones.
      return row.questions.overdue * 1_000_000 + row.questions.open;
    case 'requests':
      return checklistPercent(row.progress.checklist);
    case 'daysInStage':
      return daysInStage(row, now);
    case 'lastActivity':
      return row.progress.lastActivityAt;
  }
}

export function sortRows(rows: readonly DashboardRow[], sort: TableSort, now: number): DashboardRow[] {
  const direction = sort.descending ? -1 : 1;
  return rows
    .map((row) => ({ row, key: keyOf(row, sort.column, now) }))
    .sort((a, b) => (a.key < b.key ? -direction : a.key > b.key ? direction : a.row.id.localeCompare(b.row.id)))
    .map((entry) => entry.row);
}
