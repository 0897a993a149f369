// Injection attempts: NoSQL operators through query strings (bracket syntax, repeated keys) get a
// 4xx or are ignored, never widen a result; script in names, titles, comments and rich text is
// stored as text, returned verbatim as JSON data, and escaped in the server-rendered export.
// Operators in bodies and paths are fuzzed in rest-fuzz.test.ts; the browser side is xss-browser.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingPage } from '../../shared/schemas/listings.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { call, startDealServer } from '../deals/deal-helpers.ts';
import { bearer } from '../helpers/api.ts';
import { PAYLOAD, plantPayloads } from './script-payloads.ts';
import { buildSecurityWorld, type SecurityWorld } from './security-world.ts';

describe('injection', () => {
  let server: TestServer;
  let world: SecurityWorld;

  beforeAll(async () => {
    server = await startDealServer();
    world = await buildSecurityWorld(server);
    await plantPayloads(server, world);
  });

  afterAll(async () => {
    await server.close();
  });

  async function get(path: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${server.url}${path}`, { headers: bearer(world.outsider) });
    return { status: response.status, body: await response.json() };
  }

  it('never lets a query-string operator widen or break a listing search', async () => {
    const plain = (await get('/api/listings?q=drones')).body as ListingPage;
    for (const query of ['q[$ne]=x', 'q[$regex]=.*', 'kind[$ne]=need', 'orgId[$ne]=x', 'sector[$in][]=drones', 'orgId[$gt]=', 'page[$gt]=0']) {
      const { status, body } = await get(`/api/listings?q=drones&${query}`);
      expect([query, status]).toEqual([query, 200]);
      expect((body as ListingPage).total).toBe(plain.total);
    }
    for (const query of ['q=a&q=b', 'kind=need&kind=offer', 'orgId=a&orgId=b', 'page=1&page=2']) {
      const { status, body } = await get(`/api/listings?${query}`);
      expect([query, status, (body as { error: string }).error]).toEqual([query, 400, 'bad_request']);
    }
  });

  it('answers operator query strings on inboxes, comments and versions with a 4xx or the unfiltered answer', async () => {
    const owner = (path: string) => call(server.url, world.owner, 'GET', path);
    const deal = `/api/deals/${world.deal.id}`;
    expect((await owner('/api/matches?state[$ne]=suggested')).status).toBe(200);
    expect((await owner('/api/matches?state=suggested&state=mutual')).status).toBe(400);
    expect((await owner(`${deal}/comments?status[$ne]=open`)).status).toBe(200);
    expect((await owner(`${deal}/versions?doc[$ne]=board`)).status).toBe(400);
    expect((await owner(`${deal}/versions?doc=dossier&doc=board`)).status).toBe(400);
    const unsign = await call(server.url, world.owner, 'DELETE', `${deal}/terms/${world.termId}/sign-off?orgId[$ne]=x&orgId=${world.certifierOrgId}`);
    expect(unsign.status).toBe(403);
  });

  it('stores script as text and returns it verbatim as data', async () => {
    const deal = await call<{ title: string; orgs: { name: string }[] }>(server.url, world.owner, 'GET', `/api/deals/${world.deal.id}`);
    expect(deal.body.title).toBe(PAYLOAD.deal);
    expect(deal.body.orgs.map((org) => org.name)).toContain(PAYLOAD.org);
    const listing = await call<{ title: string }>(server.url, world.owner, 'GET', `/api/listings/${world.needId}`);
    expect(listing.body.title).toBe(PAYLOAD.listing);
    const threads = await call<{ threads: { comments: { body: string }[] }[] }>(server.url, world.owner, 'GET', `/api/deals/${world.deal.id}/comments`);
    expect(threads.body.threads.flatMap((thread) => thread.comments.map((comment) => comment.body))).toContain(PAYLOAD.comment);
    expect(deal.status).toBe(200);
  });

  it('escapes every payload in the HTML export and keeps javascript: links out', async () => {
    const response = await fetch(`${server.url}/api/deals/${world.deal.id}/export.html`, { headers: bearer(world.owner) });
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).not.toMatch(/<(script|img|svg)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;window.__xss = &quot;dossier&quot;&lt;/script&gt;Overview');
    expect(html).toContain('&lt;script&gt;window.__xss = &quot;deal&quot;&lt;/script&gt;Drones');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__xss = &#39;term&#39;&quot;&gt;Wording');
  });

  it('serves the Markdown export as text, never as a page', async () => {
    const response = await fetch(`${server.url}/api/deals/${world.deal.id}/export.md`, { headers: bearer(world.owner) });
    expect(response.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  });
});
