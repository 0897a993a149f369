// An organisation's activity trail: organisation, listing, match and deal commands all leave
// entries with actor, time and what changed; members page and filter it; only members see it,
// and only what was done for their organisation (never the other side of a match or deal).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTerms } from '../../shared/deal-docs.ts';
import type { ActivityPage, OrgActivityPage } from '../../shared/schemas/activity.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { ListingMatch } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { CERTIFIER, addMember, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';
import { addDealMember, call, openDeal, startDealServer } from '../deals/deal-helpers.ts';

describe('organisation activity trail', () => {
  let server: TestServer;
  let maker: TestUser;
  let colleague: TestUser;
  let certifier: TestUser;
  let outsider: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;
  let deal: DealDetail;
  let started: string;

  const trail = (user: TestUser | null, query = '', orgId = makerOrg.id) => call<OrgActivityPage & { error?: string }>(server.url, user, 'GET', `/api/orgs/${orgId}/activity${query}`);
  const actions = async (query = '') => (await trail(maker, query)).body.activity.map((entry) => entry.action);

  beforeAll(async () => {
    server = await startDealServer();
    [maker, colleague, certifier, outsider] = await Promise.all(['Maker Mo', 'Colleague Cy', 'Certifier Cai', 'Outsider Oz'].map((name) => registerUser(server.url, name)));
    started = new Date().toISOString();
    makerOrg = await createOrg(server.url, maker);
    await call(server.url, maker, 'PATCH', `/api/orgs/${makerOrg.id}`, { description: 'Inspection drones, now with thermal cameras.' });
    await addMember(server.url, maker, makerOrg.id, colleague);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    await createOrg(server.url, outsider, { name: 'Elsewhere Ltd', region: 'uk', sectors: ['fintech'] });
    const need = await createListing(server.url, colleague, needFor(makerOrg.id));
    await call(server.url, colleague, 'PATCH', `/api/listings/${need.id}`, { title: 'Seeking CE, FCC and UKCA testing for drones' });
    const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id, { anonymous: true }));
    const found = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches?limit=50`);
    const matchId = found.body.matches.find((match) => match.listing.id === offer.id)?.matchId;
    await call(server.url, certifier, 'POST', `/api/matches/${matchId}/interest`);
    await call(server.url, maker, 'POST', `/api/matches/${matchId}/interest`);
    deal = await openDeal(server, maker, { orgIds: [makerOrg.id, certifierOrg.id] });
    await addDealMember(server, maker, deal.id, certifier, 'party', { orgId: certifierOrg.id });
    const termId = await server.app.registry.read(deal.docs.board, (shared) => readTerms(shared.doc)[0].id);
    await call(server.url, maker, 'POST', `/api/deals/${deal.id}/comments`, { anchor: { type: 'term', termId }, body: 'Our side: FOB.' });
    await call(server.url, certifier, 'POST', `/api/deals/${deal.id}/comments`, { anchor: { type: 'term', termId }, body: 'Confidential: our floor price.' });
    await call(server.url, colleague, 'POST', `/api/listings/${need.id}/withdraw`);
  });

  afterAll(async () => {
    await server.close();
  });

  it('records organisation, listing, match and deal commands done for the organisation, newest first', async () => {
    const page = await trail(maker, '?pageSize=200');
    expect(page.status).toBe(200);
    expect(page.body.activity.map((entry) => entry.action)).toEqual([
      'listing.withdrawn',
      'comment.created',
      'match.interested',
      'listing.updated',
      'listing.created',
      'org.member-joined',
      'org.member-invited',
      'org.updated',
      'org.created',
    ]);
    const byAction = new Map(page.body.activity.map((entry) => [entry.action, entry]));
    expect(byAction.get('org.updated')).toMatchObject({
      actor: { id: maker.user.id, name: 'Maker Mo' },
      subject: { kind: 'org', id: makerOrg.id, title: makerOrg.name },
      before: { description: makerOrg.description ?? null },
      after: { description: 'Inspection drones, now with thermal cameras.' },
    });
    expect(byAction.get('org.member-invited')).toMatchObject({ actor: { id: maker.user.id }, after: { email: colleague.user.email, role: 'member' } });
    expect(byAction.get('org.member-joined')).toMatchObject({ actor: { id: colleague.user.id }, after: { userId: colleague.user.id, role: 'member' } });
    expect(byAction.get('listing.updated')).toMatchObject({
      actor: { id: colleague.user.id },
      subject: { kind: 'listing', title: 'Seeking CE, FCC and UKCA testing for drones' },
      before: { title: 'Seeking CE and FCC testing for inspection drones' },
      after: { title: 'Seeking CE, FCC and UKCA testing for drones' },
    });
    expect(byAction.get('match.interested')?.subject).toMatchObject({ kind: 'match', title: 'Seeking CE, FCC and UKCA testing for drones' });
    expect(byAction.get('comment.created')?.subject).toEqual({ kind: 'deal', id: deal.id, title: deal.title });
    for (const entry of page.body.activity) expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(Date.parse(started));
  });

  it('never shows the other side of a match or a deal', async () => {
    const text = JSON.stringify((await trail(colleague, '?pageSize=200')).body);
    expect(text).not.toContain('Confidential: our floor price.');
    expect(text).not.toContain(certifierOrg.id);
    expect(text).not.toContain(certifier.user.id);
    const theirs = await trail(certifier, '?pageSize=200', certifierOrg.id);
    // The certifier's party accepting is also the certifier's consent: both are done for it.
    expect(theirs.body.activity.map((entry) => entry.action)).toEqual(['comment.created', 'deal.member-joined', 'deal.org-joined', 'match.interested', 'listing.created', 'org.created']);
    expect(JSON.stringify(theirs.body)).not.toContain('Our side: FOB.');
  });

  it('pages, and filters by action or family, kind, actor and time', async () => {
    const first = await trail(maker, '?pageSize=3');
    const second = await trail(maker, '?pageSize=3&page=2');
    const third = await trail(maker, '?pageSize=3&page=3');
    expect([first.body.total, first.body.activity.length, second.body.activity.length, third.body.activity.length]).toEqual([9, 3, 3, 3]);
    const ids = [...first.body.activity, ...second.body.activity, ...third.body.activity].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(9);
    expect(await actions('?action=listing')).toEqual(['listing.withdrawn', 'listing.updated', 'listing.created']);
    expect(await actions('?action=org.updated')).toEqual(['org.updated']);
    expect(await actions('?kind=match')).toEqual(['match.interested']);
    expect(await actions(`?actor=${colleague.user.id}`)).toEqual(['listing.withdrawn', 'listing.updated', 'listing.created', 'org.member-joined']);
    expect(await actions(`?to=${encodeURIComponent(started)}`)).toEqual([]);
    expect(await actions(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
    expect((await actions(`?from=${encodeURIComponent(started)}&to=${encodeURIComponent(new Date().toISOString())}`)).length).toBe(9);
  });

  it('filters the deal trail the same way', async () => {
    const path = `/api/deals/${deal.id}/activity`;
    const comments = await call<ActivityPage>(server.url, maker, 'GET', `${path}?action=comment`);
    expect(comments.body.activity.map((entry) => entry.actor?.id)).toEqual([certifier.user.id, maker.user.id]);
    const mine = await call<ActivityPage>(server.url, maker, 'GET', `${path}?actor=${certifier.user.id}&action=deal`);
    expect(mine.body.activity.map((entry) => entry.action)).toEqual(['deal.member-joined', 'deal.org-joined']);
    expect((await call(server.url, maker, 'GET', `${path}?action=DROP TABLE`)).status).toBe(400);
    expect((await call(server.url, outsider, 'GET', `${path}?action=comment`)).status).toBe(404);
  });

  it('shows the trail to members only, and refuses bad queries', async () => {
    expect((await trail(colleague)).status).toBe(200);
    const refused = await trail(outsider);
    expect(refused.status).toBe(403);
    expect(refused.body.activity).toBeUndefined();
    expect((await trail(null)).status).toBe(401);
    expect((await trail(maker, '', 'no-such-org')).status).toBe(404);
    expect((await trail(maker, '', 'bad id!')).status).toBe(400);
    for (const query of ['?page=0', '?pageSize=500', '?kind=planet', '?action=.x', '?actor=../x', '?from=yesterday', '?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', '?sneaky=1']) {
      const response = await trail(maker, query);
      expect(response.status, query).toBe(400);
      expect(response.body.error).toBe('bad_request');
    }
  });
});
