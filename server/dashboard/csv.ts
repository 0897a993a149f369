// The dashboard table as CSV (quoting and formula defusing: server/http/csv.ts).
import { daysInStage, isStalled } from '../../shared/pipeline/index.ts';
import type { DashboardRow } from '../../shared/schemas/dashboard.ts';
import { csvTable } from '../http/index.ts';

const HEADER = ['id', 'title', 'type', 'stage', 'days in stage', 'stalled', 'organisations', 'sectors', 'corridor', 'advisers', 'terms agreed', 'terms total', 'terms blocked', 'terms overdue', 'sections filled', 'sections total', 'requests done', 'requests counted', 'requests overdue', 'open questions', 'overdue questions', 'last activity'];

function cellsOf(row: DashboardRow, now: number, stalledDays: number): (string | number)[] {
  const { progress } = row;
  return [
    row.id,
    row.title,
    row.type,
    row.stage,
    daysInStage(row, now),
    isStalled(row, now, stalledDays) ? 'yes' : 'no',
    row.orgs.map((org) => org.name).join('; '),
    row.sectors.join('; '),
    row.corridor ? `${row.corridor.origin}→${row.corridor.destination}` : '',
    row.advisers.map((adviser) => adviser.name).join('; '),
    progress.termsAgreed,
    progress.termsTotal,
    progress.termsBlocked,
    progress.termsOverdue,
    progress.sectionsFilled,
    progress.sectionsTotal,
    progress.checklist.done,
    progress.checklist.total,
    progress.checklist.overdue,
    row.questions.open,
    row.questions.overdue,
    progress.lastActivityAt,
  ];
}

export function dashboardCsv(rows: readonly DashboardRow[], now: number, stalledDays: number): string {
  return csvTable(HEADER, rows.map((row) => cellsOf(row, now, stalledDays)));
}
