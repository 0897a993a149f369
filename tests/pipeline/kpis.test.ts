// Dashboard figures as pure functions (the client recomputes them from live rows exactly as the
// server does): funnel, medians of finished stints, stalled deals, counts, filters.
import { describe, expect, it } from 'vitest';
import { computeKpis, isStalled, median, rowMatches, upsertRow } from '../../shared/pipeline/index.ts';
import type { DashboardRow } from '../../shared/schemas/dashboard.ts';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW - days * 86_400_000).toISOString();

function row(id: string, overrides: Partial<DashboardRow> = {}): DashboardRow {
  return {
    id,
    title: `Deal ${id}`,
    type: 'supply',
    stage: 'nda',
    stageSince: daysAgo(3),
    orgs: [],
    sectors: ['drones'],
    corridor: { origin: 'shenzhen', destination: 'asean' },
    advisers: [],
    progress: { termsTotal: 4, termsAgreed: 1, termsBlocked: 0, termsOverdue: 0, sectionsTotal: 5, sectionsFilled: 2, checklist: { total: 0, done: 0, overdue: 0 }, lastActivityAt: daysAgo(1) },
    stints: [],
    questions: { open: 0, overdue: 0 },
    updatedAt: daysAgo(1),
    ...overrides,
  };
}

describe('dashboard KPIs', () => {
  it('takes the median of an odd or even count, and null of none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('counts an open deal without activity for N days as stalled, never a closed one', () => {
    const quiet = row('a', { progress: { ...row('a').progress, lastActivityAt: daysAgo(20) } });
    expect(isStalled(quiet, NOW, 14)).toBe(true);
    expect(isStalled(quiet, NOW, 30)).toBe(false);
    expect(isStalled({ ...quiet, stage: 'closed-lost' }, NOW, 14)).toBe(false);
  });

  it('computes the funnel, medians, stalled and counts by stage, sector and corridor', () => {
    const rows = [
      row('a', { stints: [{ stage: 'introduced', days: 2 }] }),
      row('b', { stage: 'closed-won', sectors: ['drones', 'testing-certification'], stints: [{ stage: 'introduced', days: 6 }, { stage: 'agreed', days: 1 }] }),
      row('c', { corridor: null, progress: { ...row('c').progress, lastActivityAt: daysAgo(40) }, stints: [{ stage: 'introduced', days: 4 }] }),
    ];
    const kpis = computeKpis(rows, { matches: 40, mutual: 12, introductions: 9 }, NOW, 14);
    expect(kpis.funnel).toEqual({ matches: 40, mutual: 12, introductions: 9, deals: 3, closedWon: 1 });
    expect(kpis.medianDaysInStage).toMatchObject({ introduced: 4, agreed: 1, nda: null });
    expect(kpis.stalled).toBe(1);
    expect(kpis.byStage).toEqual({ nda: 2, 'closed-won': 1 });
    expect(kpis.bySector).toEqual({ drones: 3, 'testing-certification': 1 });
    expect(kpis.byCorridor).toEqual({ 'shenzhen→asean': 2 });
  });

  it('filters rows as the server does and replaces a changed row in place', () => {
    const rows = [row('a'), row('b', { type: 'investment', advisers: [{ id: 'u9', name: 'Karen Kwok' }] })];
    expect(rows.filter((candidate) => rowMatches(candidate, { type: 'investment' }, NOW)).map((candidate) => candidate.id)).toEqual(['b']);
    expect(rows.filter((candidate) => rowMatches(candidate, { adviser: 'u9' }, NOW)).map((candidate) => candidate.id)).toEqual(['b']);
    expect(rows.filter((candidate) => rowMatches(candidate, { corridor: { origin: 'shenzhen', destination: 'asean' } }, NOW))).toHaveLength(2);
    const changed = upsertRow(rows, { ...rows[1], stage: 'agreed' });
    expect(changed.map((candidate) => [candidate.id, candidate.stage])).toEqual([['a', 'nda'], ['b', 'agreed']]);
    expect(upsertRow(rows, row('c')).map((candidate) => candidate.id)).toEqual(['c', 'a', 'b']);
  });
});
