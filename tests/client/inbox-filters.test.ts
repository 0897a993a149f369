// The inbox's filters in the address bar and as the server's parameters.
import { describe, expect, it } from 'vitest';
import { apiQueryOf, cleared, defaultFilters, filtersFromQuery, isNarrowed, queryOfFilters } from '../../client/src/matches/inbox-filters.ts';

describe('inbox filters', () => {
  it('rank by fit on the active tab by default, with nothing in the address', () => {
    expect(defaultFilters()).toMatchObject({ tab: 'active', sort: 'fit', grouped: false });
    expect(queryOfFilters(defaultFilters())).toBe('');
    expect(filtersFromQuery(undefined)).toEqual(defaultFilters());
  });

  it('survive a round trip through the address, a Chinese search included', () => {
    const filters = { ...defaultFilters(), tab: 'snoozed' as const, sort: 'newest' as const, grouped: true, q: '無人機 ASEAN', listing: 'L-1', sector: 'drones', region: 'asean', minScore: 70 };
    expect(filtersFromQuery(queryOfFilters(filters))).toEqual(filters);
  });

  it('fall back to the default for anything unknown or malformed', () => {
    expect(filtersFromQuery('tab=archive&sort=best&min=150&listing=<x>&sector=Drones!')).toEqual(defaultFilters());
  });

  it('say when they narrow, and clear what narrows while keeping tab and order', () => {
    const narrowed = { ...defaultFilters(), tab: 'declined' as const, sort: 'newest' as const, q: 'drones', minScore: 60 };
    expect(isNarrowed(defaultFilters())).toBe(false);
    expect(isNarrowed(narrowed)).toBe(true);
    expect(cleared(narrowed)).toEqual({ ...defaultFilters(), tab: 'declined', sort: 'newest' });
  });

  it('ask the server for one page, with the score in [0, 1]', () => {
    const params = new URLSearchParams(apiQueryOf({ ...defaultFilters(), minScore: 80, q: ' 芯片 ' }, { offset: 25, limit: 25 }, 'zh-Hant'));
    expect(Object.fromEntries(params)).toEqual({ tab: 'active', sort: 'fit', offset: '25', limit: '25', lang: 'zh-Hant', q: '芯片', minScore: '0.8' });
  });
});
