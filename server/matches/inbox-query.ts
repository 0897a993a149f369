// The inbox as one query over the cards a person may already see: filters (tab, state, my listing,
// the other side's sector / region / score, text in any language), the order, the page, and the
// choices the filters offer. Pure: it only ever narrows the views it is given, so no filter can
// reach a match the caller may not see, and it searches only what the cards show.
import { inboxTabOf } from '../../shared/match-inbox.ts';
import {
  MATCH_INBOX_TABS,
  type MatchInboxFacets,
  type MatchInboxListing,
  type MatchInboxPage,
  type MatchInboxQuery,
  type MatchView,
} from '../../shared/schemas/matches.ts';
import { LANGS, LISTING_CATEGORIES, REGIONS, SECTORS, type Labels } from '../../shared/taxonomy/index.ts';
import { normalise, taxonomyIndex } from '../matching/index.ts';

export type InboxFilters = Pick<MatchInboxQuery, 'tab' | 'state' | 'listing' | 'sector' | 'region' | 'minScore' | 'q'>;
export type InboxWindow = Pick<MatchInboxQuery, 'sort' | 'group' | 'offset' | 'limit'>;

const allLangs = (labels: Labels | undefined) => (labels ? LANGS.map((lang) => labels[lang]).join(' ') : '');
const labelTable = (entries: readonly { code: string; labels: Labels }[]) => new Map(entries.map((entry) => [entry.code, allLangs(entry.labels)]));
const SECTOR_WORDS = labelTable(SECTORS);
const REGION_WORDS = labelTable(REGIONS);
const CATEGORY_WORDS = {
  need: new Map(LISTING_CATEGORIES.map((category) => [category.code, allLangs(category.need)])),
  offer: new Map(LISTING_CATEGORIES.map((category) => [category.code, allLangs(category.offer)])),
};

/** Folding (Traditional → Simplified by phrase) costs far more than the rest of a query, and cards rarely change. */
const FOLDED_MAX = 20_000;
const folded = new Map<string, string>();

function foldOnce(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  if (folded.size >= FOLDED_MAX) folded.clear();
  const result = normalise(text);
  folded.set(text, result);
  return result;
}

/**
 * Everything a card shows, folded the way the matching engine folds text (NFKC, lower case,
 * Traditional → Simplified), with taxonomy names in all three languages so "drones", "無人機" and
 * "无人机" all find a drones listing. The other side's organisation is in only when the card names it.
 */
export function searchTextOf(view: MatchView): string {
  const theirs = view.listing;
  const parts = [
    view.mine.title,
    theirs.title,
    theirs.description,
    ...Object.values(theirs.org?.names ?? {}),
    theirs.org?.name ?? '',
    CATEGORY_WORDS[theirs.kind].get(theirs.category) ?? '',
    ...theirs.sectors.map((code) => SECTOR_WORDS.get(code) ?? ''),
    ...theirs.regions.map((code) => REGION_WORDS.get(code) ?? ''),
    ...view.reasons.map((reason) => reason.text),
  ];
  return foldOnce(parts.join('\n'));
}

/** The words of a search, folded like the text; every word must appear (Chinese needs no spaces). */
export function searchWordsOf(query: string | undefined): string[] {
  return query ? normalise(query).split(/\s+/u).filter((word) => word.length > 0) : [];
}

function passesFacets(view: MatchView, filters: InboxFilters, words: readonly string[], text: () => string): boolean {
  const { listing, sector, region, minScore } = filters;
  if (listing && view.mine.id !== listing) return false;
  if (minScore !== undefined && view.score < minScore) return false;
  if (sector && !view.listing.sectors.some((code) => taxonomyIndex().sectorWithin(code, sector))) return false;
  if (region && !view.listing.regions.some((code) => taxonomyIndex().regionWithin(code, region))) return false;
  if (words.length === 0) return true;
  const haystack = text();
  return words.every((word) => haystack.includes(word));
}

function passesTab(view: MatchView, filters: InboxFilters): boolean {
  if (filters.state && view.state !== filters.state) return false;
  return !filters.tab || inboxTabOf(view.state) === filters.tab;
}

const byFit = (a: MatchView, b: MatchView) => b.score - a.score || b.createdAt.localeCompare(a.createdAt);
const byNewest = (a: MatchView, b: MatchView) => b.createdAt.localeCompare(a.createdAt) || b.score - a.score;
const byUpdated = (a: MatchView, b: MatchView) => b.updatedAt.localeCompare(a.updatedAt);
const SORTS = { fit: byFit, newest: byNewest, updated: byUpdated };

/** The order of the cards: grouped by my listing (by title) when asked, then by the sort, ties by id. */
export function inboxComparator(window: Pick<InboxWindow, 'sort' | 'group'>): (a: MatchView, b: MatchView) => number {
  const sort = SORTS[window.sort];
  const grouped = (a: MatchView, b: MatchView) => (window.group === 'listing' ? a.mine.title.localeCompare(b.mine.title) || a.mine.id.localeCompare(b.mine.id) : 0);
  return (a, b) => grouped(a, b) || sort(a, b) || a.matchId.localeCompare(b.matchId);
}

function listingsOf(views: readonly MatchView[]): MatchInboxListing[] {
  const byId = new Map<string, MatchInboxListing>();
  for (const { mine } of views) {
    const known = byId.get(mine.id);
    if (known) known.count += 1;
    else byId.set(mine.id, { id: mine.id, title: mine.title, kind: mine.kind, count: 1 });
  }
  return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** One page of the inbox for these filters, with the choices the filters offer over every card. */
export function inboxPage(views: readonly MatchView[], filters: InboxFilters, window: InboxWindow): MatchInboxPage {
  const words = searchWordsOf(filters.q);
  const narrowed = views.filter((view) => passesFacets(view, filters, words, () => searchTextOf(view)));
  const tabs = Object.fromEntries(MATCH_INBOX_TABS.map((tab) => [tab, 0])) as MatchInboxFacets['tabs'];
  for (const view of narrowed) tabs[inboxTabOf(view.state)] += 1;
  const filtered = narrowed.filter((view) => passesTab(view, filters)).sort(inboxComparator(window));
  const end = window.offset + window.limit;
  return {
    matches: filtered.slice(window.offset, end),
    total: filtered.length,
    offset: window.offset,
    nextOffset: end < filtered.length ? end : null,
    facets: {
      tabs,
      listings: listingsOf(views),
    },
  };
}
