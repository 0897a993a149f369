// The inbox query's rules: best fit first (or newest), grouped by my listing, filtered by tab,
// listing, the other side's sector / region / score, and searched in any language and script.
import { describe, expect, it } from 'vitest';
import type { ListingView } from '../../shared/schemas/listings.ts';
import type { MatchView } from '../../shared/schemas/matches.ts';
import { inboxPage, searchWordsOf, type InboxFilters, type InboxWindow } from '../../server/matches/inbox-query.ts';

function listing(id: string, overrides: Partial<ListingView> = {}): ListingView {
  return {
    id,
    kind: 'offer',
    category: 'market-entry',
    title: id,
    description: '',
    sectors: ['logistics'],
    regions: ['singapore'],
    dealSize: null,
    stage: null,
    languages: [],
    certifications: [],
    anonymous: false,
    status: 'active',
    expiresAt: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    teaser: false,
    mine: false,
    ...overrides,
  };
}

function card(matchId: string, score: number, createdAt: string, overrides: Partial<MatchView> = {}): MatchView {
  return {
    matchId,
    state: 'suggested',
    score,
    reasons: [],
    side: 'need',
    mine: listing('need-a', { kind: 'need', title: 'Distributors wanted across ASEAN', mine: true }),
    listing: listing(`offer-${matchId}`),
    myInterest: false,
    theirInterest: false,
    snoozedUntil: null,
    declineReason: null,
    theirResponsiveness: null,
    introducedAt: null,
    dealId: null,
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  };
}

const WINDOW: InboxWindow = { sort: 'fit', offset: 0, limit: 50 };
const ids = (views: readonly MatchView[]) => views.map((view) => view.matchId);
const page = (views: MatchView[], filters: InboxFilters = {}, window: Partial<InboxWindow> = {}) => inboxPage(views, filters, { ...WINDOW, ...window });

const OLD_BEST = card('best', 0.91, '2025-01-01T00:00:00.000Z');
const NEW_WEAK = card('weak', 0.42, '2025-03-01T00:00:00.000Z');
const MIDDLE = card('middle', 0.66, '2025-02-01T00:00:00.000Z');

describe('inbox order', () => {
  it('puts the best fit first however old it is, and the newest first when asked', () => {
    expect(ids(page([NEW_WEAK, MIDDLE, OLD_BEST]).matches)).toEqual(['best', 'middle', 'weak']);
    expect(ids(page([OLD_BEST, MIDDLE, NEW_WEAK], {}, { sort: 'newest' }).matches)).toEqual(['weak', 'middle', 'best']);
  });

  it('keeps the cards of one of my listings together, by its title, best fit within', () => {
    const other = card('other', 0.99, '2025-01-05T00:00:00.000Z', { mine: listing('need-b', { kind: 'need', title: 'Battery supplier', mine: true }) });
    expect(ids(page([NEW_WEAK, other, OLD_BEST], {}, { group: 'listing' }).matches)).toEqual(['other', 'best', 'weak']);
  });

  it('pages: the window, the total, and where the next page starts', () => {
    const views = Array.from({ length: 7 }, (_, i) => card(`m${i}`, i / 10, `2025-01-0${i + 1}T00:00:00.000Z`));
    const first = page(views, {}, { limit: 3 });
    expect(ids(first.matches)).toEqual(['m6', 'm5', 'm4']);
    expect([first.total, first.nextOffset]).toEqual([7, 3]);
    const last = page(views, {}, { offset: 6, limit: 3 });
    expect([ids(last.matches), last.nextOffset]).toEqual([['m0'], null]);
  });
});

describe('inbox filters', () => {
  it('narrows to a tab and counts every tab under the other filters', () => {
    const declined = card('declined', 0.8, '2025-01-02T00:00:00.000Z', { state: 'declined' });
    const snoozed = card('snoozed', 0.7, '2025-01-03T00:00:00.000Z', { state: 'snoozed' });
    const result = page([OLD_BEST, declined, snoozed], { tab: 'active' });
    expect(ids(result.matches)).toEqual(['best']);
    expect(result.facets.tabs).toEqual({ active: 1, snoozed: 1, declined: 1 });
  });

  it('filters by my listing, their sector (a broader sector includes narrower ones), their region and a minimum score', () => {
    const drones = card('drones', 0.5, '2025-01-04T00:00:00.000Z', { listing: listing('offer-d', { sectors: ['drones'], regions: ['malaysia'] }) });
    const views = [OLD_BEST, MIDDLE, drones];
    expect(ids(page(views, { sector: 'drones' }).matches)).toEqual(['drones']);
    expect(ids(page(views, { sector: 'low-altitude' }).matches)).toEqual(['drones']);
    expect(ids(page(views, { region: 'malaysia' }).matches)).toEqual(['drones']);
    expect(ids(page(views, { minScore: 0.6 }).matches)).toEqual(['best', 'middle']);
    expect(page(views, { listing: 'need-x' }).matches).toEqual([]);
    expect(page(views, { listing: 'need-x' }).facets.listings).toEqual([{ id: 'need-a', title: 'Distributors wanted across ASEAN', kind: 'need', count: 3 }]);
  });
});

describe('inbox search', () => {
  const hans = card('hans', 0.5, '2025-01-01T00:00:00.000Z', { listing: listing('offer-h', { title: '东盟无人机分销网络', sectors: ['logistics'] }) });
  const hant = card('hant', 0.5, '2025-01-01T00:00:00.000Z', { listing: listing('offer-t', { title: '大灣區晶片封裝服務', sectors: ['logistics'] }) });
  const english = card('english', 0.5, '2025-01-01T00:00:00.000Z', { listing: listing('offer-e', { title: 'Cold chain in Vietnam', sectors: ['logistics'] }) });
  const views = [hans, hant, english];

  it('finds 简体 text from a 繁體 query and 繁體 text from a 简体 query', () => {
    expect(ids(page(views, { q: '無人機' }).matches)).toEqual(['hans']);
    expect(ids(page(views, { q: '芯片封装' }).matches)).toEqual(['hant']);
  });

  it('finds a sector by its name in any language, case and width folded, every word required', () => {
    const sectorOnly = card('sector', 0.5, '2025-01-01T00:00:00.000Z', { listing: listing('offer-s', { title: 'Inspection fleet', sectors: ['drones'] }) });
    expect(ids(page([...views, sectorOnly], { q: '無人機' }).matches).sort()).toEqual(['hans', 'sector']);
    expect(ids(page([...views, sectorOnly], { q: 'drones' }).matches)).toEqual(['sector']);
    expect(ids(page(views, { q: 'ＣＯＬＤ chain' }).matches)).toEqual(['english']);
    expect(page(views, { q: 'cold Shenzhen' }).matches).toEqual([]);
    expect(searchWordsOf('  ')).toEqual([]);
  });

  it('never searches an anonymous side’s organisation the card does not name', () => {
    const teaser = card('teaser', 0.5, '2025-01-01T00:00:00.000Z', { listing: listing('offer-x', { teaser: true, anonymous: true }) });
    const named = card('named', 0.5, '2025-01-01T00:00:00.000Z', {
      listing: listing('offer-y', { org: { id: 'o1', name: 'Merlion Logistics', names: { en: 'Merlion Logistics' }, region: 'singapore' } }),
    });
    expect(ids(page([teaser, named], { q: 'merlion' }).matches)).toEqual(['named']);
  });
});
