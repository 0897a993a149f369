// Addresses of the signed-in pages: each parses to its route and back.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../client/src/lib/hash-route.svelte.ts';

describe('hash routes', () => {
  const routes: Route[] = [
    { page: 'home' },
    { page: 'notes' },
    { page: 'note', id: 'n-1' },
    { page: 'marketplace' },
    { page: 'matches' },
    { page: 'match-meetings', id: 'm_1' },
    { page: 'meeting', id: 'mt-2' },
    { page: 'orgs' },
    { page: 'org-new' },
    { page: 'org', id: 'org_7' },
    { page: 'listing-new' },
    { page: 'listing-new', orgId: 'org_7' },
    { page: 'listing', id: 'abc' },
    { page: 'listing-edit', id: 'abc' },
    { page: 'deal', id: 'd1', tab: 'dossier' },
    { page: 'deal', id: 'd1', tab: 'files', open: 'file_9' },
    { page: 'deal', id: 'd1', tab: 'qa', open: 'q-3' },
    { page: 'sign-in' },
    { page: 'sign-up' },
    { page: 'invite', token: 'kq3_Zx-9aLmN0pQrStUvWxYz' },
    { page: 'unsubscribe', token: 'WyJhQGIuY28iLCJpbnZpdGF0aW9uIl0.c2lnbmF0dXJl' },
  ];

  it('reads back every address it writes', () => {
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('sends unknown addresses home and ignores a malformed organisation in a new listing’s address', () => {
    expect(parseRoute('#/nowhere')).toEqual({ page: 'home' });
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('#/')).toEqual({ page: 'home' });
    expect(parseRoute('#/notes')).toEqual({ page: 'notes' });
    expect(parseRoute('#/listings/new?org=%7B%22%24gt%22%3A%22%22%7D')).toEqual({ page: 'listing-new' });
    expect(parseRoute('#/deals/d1/files?open=..%2Fetc')).toEqual({ page: 'deal', id: 'd1', tab: 'files' });
    expect(parseRoute('#/invite/a%2Fb')).toEqual({ page: 'home' });
    expect(parseRoute('#/unsubscribe/')).toEqual({ page: 'home' });
  });
});
