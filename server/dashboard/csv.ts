// The dashboard table as CSV: RFC 4180 quoting, a UTF-8 byte-order mark so Excel reads Chinese
// correctly, and cells that a spreadsheet would run as a formula prefixed with a quote.
import { daysInStage, isStalled } from '../../shared/pipeline/index.ts';
import type { DashboardRow } from '../../shared/schemas/dashboard.ts';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-looking text is defused, then quoted when it holds a quote, comma or newline. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const HEADER = ['id', 'title', 'type', 'stage', 'days in stage', 'stalled', 'organisations', 'sectors', 'corridor', 'advisers', 'terms agreed', 'terms total', 'terms blocked', 'terms overdue', 'sections filled', 'sections total', 'last activity'];

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
    progress.lastActivityAt,
  ];
}

export function dashboardCsv(rows: readonly DashboardRow[], now: number, stalledDays: number): string {
  const lines = [HEADER, ...rows.map((row) => cellsOf(row, now, stalledDays))].map((cells) => cells.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
