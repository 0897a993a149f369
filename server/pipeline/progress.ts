// Progress figures as pure functions of what the board and dossier hold now.
import type { SectionEntry, TermSnapshot, TermStatus } from '../../shared/deal-docs.ts';
import { tallyProgress, type ChecklistTally } from '../../shared/checklist/index.ts';
import { dueDayEndsAt } from '../../shared/due-day.ts';
import type { DealProgress } from '../../shared/schemas/pipeline.ts';
import type { ProgressFigures, ProgressRecord } from './progress-repository.ts';

const NO_CHECKLIST: ChecklistTally = { total: 0, done: 0, openDue: [] };

export type TermFigures = Pick<ProgressFigures, 'termsTotal' | 'termsAgreed' | 'blockedTermIds' | 'termStatuses' | 'dueTerms' | 'hasDueTerms'>;
export type SectionFigures = Pick<ProgressFigures, 'sectionsTotal' | 'sectionsFilled'>;

/** The figures of a board's terms; withdrawn terms do not count. */
export function termFigures(terms: readonly TermSnapshot[]): TermFigures {
  const live = terms.filter((term) => term.status !== 'withdrawn');
  const dueTerms = live.filter((term) => term.due && term.status !== 'agreed').map((term) => ({ id: term.id, title: term.title, due: term.due as string }));
  return {
    termsTotal: live.length,
    termsAgreed: live.filter((term) => term.status === 'agreed').length,
    blockedTermIds: live.filter((term) => term.status === 'blocked').map((term) => term.id),
    termStatuses: Object.fromEntries(terms.map((term) => [term.id, term.status])),
    dueTerms,
    hasDueTerms: dueTerms.length > 0,
  };
}

/** A term that changed status column since the last count. */
export interface TermMove {
  termId: string;
  title: string;
  from: TermStatus;
  to: TermStatus;
}

/**
 * The terms whose status differs from the one stored at the last count. A deal never counted
 * compares with 'open', where every term starts; a record from before statuses were stored
 * (`stored` without them) only sets the baseline, so old boards do not announce every column.
 */
export function termMoves(stored: ProgressRecord | null, terms: readonly TermSnapshot[]): TermMove[] {
  if (stored && !stored.termStatuses) return [];
  const before = stored?.termStatuses ?? {};
  return terms.flatMap((term) => {
    const from = before[term.id] ?? 'open';
    return from === term.status ? [] : [{ termId: term.id, title: term.title, from, to: term.status }];
  });
}

/** The figures of a dossier's sections. */
export function sectionFigures(sections: readonly SectionEntry[], filled: readonly string[]): SectionFigures {
  return { sectionsTotal: sections.length, sectionsFilled: filled.length };
}

/** The stored record once `figures` are saved over `before` (null: nothing stored yet). */
export function withFigures(dealId: string, before: ProgressRecord | null, figures: Partial<ProgressFigures>, at: Date): ProgressRecord {
  const empty: ProgressRecord = { _id: dealId, ...termFigures([]), ...sectionFigures([], []), dueNotified: [], lastActivityAt: at };
  return { ...empty, ...before, ...figures, lastActivityAt: at };
}

/** The figures as the API shows them; overdue is counted as of `now`. */
export function progressView(record: ProgressRecord | null, fallbackActivity: Date, now: number): DealProgress {
  return {
    termsTotal: record?.termsTotal ?? 0,
    termsAgreed: record?.termsAgreed ?? 0,
    termsBlocked: record?.blockedTermIds.length ?? 0,
    termsOverdue: (record?.dueTerms ?? []).filter((term) => dueDayEndsAt(term.due) <= now).length,
    sectionsTotal: record?.sectionsTotal ?? 0,
    sectionsFilled: record?.sectionsFilled ?? 0,
    checklist: tallyProgress(record?.checklist ?? NO_CHECKLIST, now),
    lastActivityAt: new Date(record?.lastActivityAt ?? fallbackActivity).toISOString(),
  };
}
