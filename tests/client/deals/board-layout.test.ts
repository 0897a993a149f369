// The board's layout: a column per status, cards grouped by category in template order and
// sorted by `order`, and the order a dropped card takes between its neighbours.
import { describe, expect, it } from 'vitest';
import type { TermSnapshot } from '../../../shared/deal-docs.ts';
import { boardColumns, categoryOf, dropOrder, orderAtEnd } from '../../../client/src/deals/board/board-layout.ts';

function term(id: string, category: string, status: TermSnapshot['status'], order: number): TermSnapshot {
  return { id, category, title: id, wording: '', positions: {}, status, ownerId: null, due: null, order };
}

const TERMS = [
  term('law', 'governing-law', 'open', 7000),
  term('price', 'price', 'open', 2000),
  term('price-2', 'price', 'open', 1000),
  term('volume', 'volume', 'agreed', 3000),
  term('odd', 'not-a-category', 'open', 500),
];

describe('board layout', () => {
  it('puts every status in its own column, in board order, with counts', () => {
    const columns = boardColumns(TERMS);
    expect(columns.map((column) => column.status)).toEqual(['open', 'proposed', 'agreed', 'blocked', 'withdrawn']);
    expect(columns.map((column) => column.count)).toEqual([4, 0, 1, 0, 0]);
  });

  it('groups a column by category in template order and sorts each group by order', () => {
    const [open] = boardColumns(TERMS);
    expect(open.groups.map((group) => group.category)).toEqual(['price', 'governing-law', 'other']);
    expect(open.groups[0].terms.map((entry) => entry.id)).toEqual(['price-2', 'price']);
  });

  it('shows a term of an unknown category under "other"', () => {
    expect(categoryOf({ category: 'not-a-category' })).toBe('other');
    expect(categoryOf({ category: 'ip' })).toBe('ip');
  });

  it('drops a card between its neighbours of the same category, or at the end of its group', () => {
    const moved = term('new-price', 'price', 'proposed', 9000);
    const terms = [...TERMS, moved];
    expect(dropOrder(terms, moved, 'open', 'price')).toBe(1500);
    expect(dropOrder(terms, moved, 'open', 'price-2')).toBe(-24);
    expect(dropOrder(terms, moved, 'open', null)).toBe(3024);
    expect(dropOrder(terms, moved, 'agreed', null)).toBe(1024);
  });

  it('ignores a neighbour of another category and places the card at the end of its own group', () => {
    const moved = term('new-price', 'price', 'proposed', 9000);
    expect(dropOrder([...TERMS, moved], moved, 'open', 'law')).toBe(3024);
  });

  it('orders a new term after every other', () => {
    expect(orderAtEnd(TERMS)).toBe(8024);
    expect(orderAtEnd([])).toBe(1024);
  });
});
