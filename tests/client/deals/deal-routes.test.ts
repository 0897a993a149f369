// Deal-room addresses: the list, a room (dossier by default) and each of its tabs, both ways.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../client/src/lib/hash-route.svelte.ts';

describe('deal routes', () => {
  it('reads the deals list, a room and its tabs from the address', () => {
    expect(parseRoute('#/deals')).toEqual({ page: 'deals' });
    expect(parseRoute('#/deals/d-42')).toEqual({ page: 'deal', id: 'd-42', tab: 'dossier' });
    expect(parseRoute('#/deals/d-42/board')).toEqual({ page: 'deal', id: 'd-42', tab: 'board' });
    expect(parseRoute('#/deals/d-42/history')).toEqual({ page: 'deal', id: 'd-42', tab: 'history' });
  });

  it('falls back to home for an unknown tab', () => {
    expect(parseRoute('#/deals/d-42/secrets')).toEqual({ page: 'home' });
  });

  it('writes the same addresses back', () => {
    expect(routeHref({ page: 'deals' })).toBe('#/deals');
    expect(routeHref({ page: 'deal', id: 'd-42', tab: 'dossier' })).toBe('#/deals/d-42');
    expect(routeHref({ page: 'deal', id: 'd-42', tab: 'members' })).toBe('#/deals/d-42/members');
  });
});
