// Where terms sit on the board: one column per status, cards grouped by category (template order)
// and sorted by their `order` within a group; and the order a dropped card takes.
import { orderBetween, TERM_CATEGORIES, TERM_STATUSES, type TermSnapshot, type TermStatus } from '../../../../shared/deal-docs.ts';

const CATEGORY_RANK = new Map(TERM_CATEGORIES.map((category, index) => [category.code, index]));

function rankOf(category: string): number {
  return CATEGORY_RANK.get(category) ?? CATEGORY_RANK.get('other') ?? TERM_CATEGORIES.length;
}

export interface CategoryGroup {
  category: string;
  terms: TermSnapshot[];
}

export interface BoardColumn {
  status: TermStatus;
  groups: CategoryGroup[];
  count: number;
}

/** A term with an unknown category shows under `other`. */
export function categoryOf(term: Pick<TermSnapshot, 'category'>): string {
  return CATEGORY_RANK.has(term.category) ? term.category : 'other';
}

function groupByCategory(terms: TermSnapshot[]): CategoryGroup[] {
  const groups = new Map<string, TermSnapshot[]>();
  for (const term of terms) {
    const category = categoryOf(term);
    groups.set(category, [...(groups.get(category) ?? []), term]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => rankOf(a) - rankOf(b))
    .map(([category, grouped]) => ({ category, terms: grouped.sort((x, y) => x.order - y.order || x.id.localeCompare(y.id)) }));
}

export function boardColumns(terms: readonly TermSnapshot[]): BoardColumn[] {
  return TERM_STATUSES.map((status) => {
    const inColumn = terms.filter((term) => term.status === status);
    return { status, groups: groupByCategory(inColumn), count: inColumn.length };
  });
}

/**
 * The order for `moved` dropped into `status`, just before `beforeId` (or at the end of its
 * category group there). Only neighbours of the same category count: a card never leaves its group.
 */
export function dropOrder(terms: readonly TermSnapshot[], moved: TermSnapshot, status: TermStatus, beforeId: string | null): number {
  const category = categoryOf(moved);
  const group = terms
    .filter((term) => term.id !== moved.id && term.status === status && categoryOf(term) === category)
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const at = beforeId === null ? -1 : group.findIndex((term) => term.id === beforeId);
  if (at < 0) return orderBetween(group.at(-1)?.order, undefined);
  return orderBetween(group[at - 1]?.order, group[at].order);
}

/** The order for a new term: after every other term. */
export function orderAtEnd(terms: readonly TermSnapshot[]): number {
  return orderBetween(terms.reduce<number | undefined>((last, term) => (last === undefined || term.order > last ? term.order : last), undefined), undefined);
}
