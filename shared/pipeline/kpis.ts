// Dashboard figures as pure functions of the rows, so the client recomputes every number when a
// single row arrives live, exactly as the server computed them.
import type { Corridor, DashboardKpis, DashboardQuery, DashboardRow, MatchCounts } from '../schemas/dashboard.ts';
import { isClosedStage, PIPELINE_STAGES } from './stage-rules.ts';

const DAY_MS = 86_400_000;

function daysSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / DAY_MS));
}

export function daysInStage(row: DashboardRow, now: number): number {
  return daysSince(row.stageSince, now);
}

/** Open and without activity on its documents or record for at least `days` days. */
export function isStalled(row: DashboardRow, now: number, days: number): boolean {
  return !isClosedStage(row.stage) && daysSince(row.progress.lastActivityAt, now) >= days;
}

export function corridorKey(corridor: Corridor): string {
  return `${corridor.origin}→${corridor.destination}`;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Whether a row passes the dashboard filters. */
export function rowMatches(row: DashboardRow, query: DashboardQuery, now: number): boolean {
  if (query.type && row.type !== query.type) return false;
  if (query.sector && !row.sectors.includes(query.sector)) return false;
  if (query.adviser && !row.advisers.some((adviser) => adviser.id === query.adviser)) return false;
  if (query.corridor && (!row.corridor || corridorKey(row.corridor) !== corridorKey(query.corridor))) return false;
  return query.stalledDays === undefined || isStalled(row, now, query.stalledDays);
}

function countBy(rows: readonly DashboardRow[], keys: (row: DashboardRow) => string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) for (const key of keys(row)) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

function medianDays(rows: readonly DashboardRow[]): Record<string, number | null> {
  const stints = new Map<string, number[]>();
  for (const row of rows) {
    for (const stint of row.stints) {
      const days = stints.get(stint.stage) ?? [];
      days.push(stint.days);
      stints.set(stint.stage, days);
    }
  }
  return Object.fromEntries(PIPELINE_STAGES.filter((stage) => !isClosedStage(stage)).map((stage) => [stage, median(stints.get(stage) ?? [])]));
}

/** Every KPI of the dashboard from its rows and the match side of the funnel. */
export function computeKpis(rows: readonly DashboardRow[], matchCounts: MatchCounts, now: number, stalledDays: number): DashboardKpis {
  return {
    funnel: { ...matchCounts, deals: rows.length, closedWon: rows.filter((row) => row.stage === 'closed-won').length },
    medianDaysInStage: medianDays(rows),
    stalled: rows.filter((row) => isStalled(row, now, stalledDays)).length,
    byStage: countBy(rows, (row) => [row.stage]),
    bySector: countBy(rows, (row) => row.sectors),
    byCorridor: countBy(rows, (row) => (row.corridor ? [corridorKey(row.corridor)] : [])),
  };
}

/** Puts a changed row in place of its old version (or adds it), keeping the order of the others. */
export function upsertRow(rows: readonly DashboardRow[], row: DashboardRow): DashboardRow[] {
  const index = rows.findIndex((existing) => existing.id === row.id);
  if (index < 0) return [row, ...rows];
  return rows.map((existing, at) => (at === index ? row : existing));
}
