// Narrowing the request list (mine, overdue, one status) and grouping what is left by section,
// sections in their order, each with its items in theirs.
import type { ChecklistItemView, ChecklistSectionView, ChecklistStatus, ChecklistView } from '../../../../shared/schemas/checklist.ts';

export interface ChecklistFilter {
  mine: boolean;
  overdue: boolean;
  status: ChecklistStatus | 'all';
}

export const NO_FILTER: ChecklistFilter = { mine: false, overdue: false, status: 'all' };

export function isFiltered(filter: ChecklistFilter): boolean {
  return filter.mine || filter.overdue || filter.status !== 'all';
}

function keeps(item: ChecklistItemView, filter: ChecklistFilter, myId: string): boolean {
  return (!filter.mine || item.owner?.id === myId) && (!filter.overdue || item.overdue) && (filter.status === 'all' || item.status === filter.status);
}

export interface SectionGroup {
  section: ChecklistSectionView;
  items: ChecklistItemView[];
}

/** Every section when nothing filters (empty ones too, to add to); else only those with a match. */
export function groupedItems(list: ChecklistView, filter: ChecklistFilter, myId: string): SectionGroup[] {
  const groups = list.sections.map((section) => ({ section, items: list.items.filter((item) => item.sectionId === section.id && keeps(item, filter, myId)) }));
  return isFiltered(filter) ? groups.filter((group) => group.items.length > 0) : groups;
}
