// The inbox's filters as the person chose them, to and from the address bar (so a reload or a
// shared link keeps them) and as the server's query parameters. Best fit first unless asked.
import { MATCH_INBOX_SORTS, MATCH_INBOX_TABS, MATCH_SEARCH_MAX, type MatchInboxSort, type MatchInboxTab } from '../../../shared/schemas/matches.ts';

export interface InboxFilters {
  tab: MatchInboxTab;
  sort: MatchInboxSort;
  /** Cards of one of my listings together, under its title. */
  grouped: boolean;
  q: string;
  /** One of my listings, or '' for all. */
  listing: string;
  sector: string;
  region: string;
  /** The lowest score shown, in whole per cent; 0 = any. */
  minScore: number;
}

export { MATCH_SCORE_STEPS as MIN_SCORE_CHOICES } from '../../../shared/schemas/matches.ts';

export function defaultFilters(): InboxFilters {
  return { tab: 'active', sort: 'fit', grouped: false, q: '', listing: '', sector: '', region: '', minScore: 0 };
}

/** Whether anything narrows the cards beyond the tab (the empty state then offers to clear it). */
export function isNarrowed(filters: InboxFilters): boolean {
  return Boolean(filters.q.trim() || filters.listing || filters.sector || filters.region || filters.minScore > 0);
}

/** Keeps the tab, order and grouping; drops what narrows. */
export function cleared(filters: InboxFilters): InboxFilters {
  return { ...defaultFilters(), tab: filters.tab, sort: filters.sort, grouped: filters.grouped };
}

const CODE = /^[a-z0-9-]{1,64}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((known) => known === value) ?? fallback;
}

/** Filters from the address bar's parameters; anything unknown or malformed falls back to the default. */
export function filtersFromQuery(query: string | undefined): InboxFilters {
  const params = new URLSearchParams(query ?? '');
  const base = defaultFilters();
  const score = Number(params.get('min'));
  const text = (name: string, pattern: RegExp) => {
    const value = params.get(name) ?? '';
    return pattern.test(value) ? value : '';
  };
  return {
    tab: oneOf(MATCH_INBOX_TABS, params.get('tab'), base.tab),
    sort: oneOf(MATCH_INBOX_SORTS, params.get('sort'), base.sort),
    grouped: params.get('group') === 'listing',
    q: (params.get('q') ?? '').slice(0, MATCH_SEARCH_MAX),
    listing: text('listing', ID),
    sector: text('sector', CODE),
    region: text('region', CODE),
    minScore: Number.isInteger(score) && score > 0 && score <= 100 ? score : 0,
  };
}

/** What narrows the cards, as parameters both the address bar and the server read. */
function setNarrowing(params: URLSearchParams, filters: InboxFilters): void {
  if (filters.grouped) params.set('group', 'listing');
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.listing) params.set('listing', filters.listing);
  if (filters.sector) params.set('sector', filters.sector);
  if (filters.region) params.set('region', filters.region);
}

/** The address bar's parameters for these filters: only what differs from the defaults. */
export function queryOfFilters(filters: InboxFilters): string {
  const base = defaultFilters();
  const params = new URLSearchParams();
  if (filters.tab !== base.tab) params.set('tab', filters.tab);
  if (filters.sort !== base.sort) params.set('sort', filters.sort);
  setNarrowing(params, filters);
  if (filters.minScore > 0) params.set('min', String(filters.minScore));
  return params.toString();
}

/** `GET /api/matches` parameters for one page of these filters (the score there is in [0, 1]). */
export function apiQueryOf(filters: InboxFilters, window: { offset: number; limit: number }, lang: string): string {
  const params = new URLSearchParams({ tab: filters.tab, sort: filters.sort, offset: String(window.offset), limit: String(window.limit), lang });
  setNarrowing(params, filters);
  if (filters.minScore > 0) params.set('minScore', String(filters.minScore / 100));
  return params.toString();
}
