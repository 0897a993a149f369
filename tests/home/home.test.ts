// The home endpoint over a real server and store: first-run progress derived from the data (and
// the one step stored per person), what needs a returning party (interest, open questions, terms
// to sign off, deals with activity), the pipeline for managers — and nothing of anyone else's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { HomeView } from '../../shared/schemas/home.ts';
import type { ListingMatch } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { addDealMember, openDeal, setTermStatus, startDealServer, termsOf } from '../deals/deal-helpers.ts';
import { CERTIFIER, addMember, call, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';

describe('the home endpoint', () => {
  let server: TestServer;
  let maker: TestUser;
  let certifier: TestUser;
  let outsider: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;

  const home = async (user: TestUser) => {
    const response = await call<HomeView>(server.url, user, 'GET', '/api/home');
    expect(response.status).toBe(200);
    return response.body;
  };
  const markMatchesSeen = (user: TestUser, body: unknown = { step: 'matches' }) => call(server.url, user, 'POST', '/api/home/progress', body);

  beforeAll(async () => {
    server = await startDealServer();
    [maker, certifier, outsider] = await Promise.all(['Maker Mak', 'Certifier Chu', 'Outsider Ong'].map((name) => registerUser(server.url, name)));
    makerOrg = await createOrg(server.url, maker);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
  });

  afterAll(async () => {
    await server.close();
  });

  it('guides a new person step by step, from the data, and remembers the look at the matches', async () => {
    const newcomer = await registerUser(server.url, 'New Nancy');
    const fresh = await home(newcomer);
    expect(fresh.firstRun).toEqual({ done: { org: false, listing: false, matches: false }, next: 'org', orgId: null, matches: 0 });
    expect(fresh.pipeline).toBeNull();
    for (const list of [fresh.interest, fresh.questions, fresh.signoffs, fresh.deals]) expect(list).toEqual({ items: [], total: 0 });

    const org = await createOrg(server.url, newcomer, { name: 'Lantau Logistics', region: 'hk', sectors: ['drones', 'logistics'] });
    expect((await home(newcomer)).firstRun).toMatchObject({ done: { org: true, listing: false }, next: 'listing', orgId: org.id });

    // A counterpart's need is already in the marketplace, so the new offer is matched at once.
    await createListing(server.url, maker, needFor(makerOrg.id));
    await createListing(server.url, newcomer, offerFor(org.id, { title: 'Drone testing for the Greater Bay Area' }));
    const listed = (await home(newcomer)).firstRun;
    expect(listed).toMatchObject({ done: { org: true, listing: true, matches: false }, next: 'matches' });
    expect(listed.matches).toBeGreaterThan(0);

    expect((await markMatchesSeen(newcomer)).status).toBe(204);
    expect((await markMatchesSeen(newcomer)).status).toBe(204);
    expect((await home(newcomer)).firstRun).toMatchObject({ done: { org: true, listing: true, matches: true }, next: null });
    // Stored on the server: another session (another browser) sees the same progress.
    const elsewhere = await call<{ token: string }>(server.url, null, 'POST', '/api/auth/login', { email: newcomer.user.email, password: newcomer.password });
    expect((await home({ ...newcomer, token: elsewhere.body.token })).firstRun.next).toBeNull();
  });

  it('counts a listing of an organisation joined, and refuses bad progress and anonymous callers', async () => {
    const joiner = await registerUser(server.url, 'Joining Jo');
    await createListing(server.url, maker, needFor(makerOrg.id, { title: 'Joiner’s organisation already listed' }));
    await addMember(server.url, maker, makerOrg.id, joiner);
    expect((await home(joiner)).firstRun).toMatchObject({ done: { org: true, listing: true }, next: 'matches' });

    expect((await markMatchesSeen(joiner, { step: 'org' })).status).toBe(400);
    expect((await markMatchesSeen(joiner, { step: 'matches', extra: 1 })).status).toBe(400);
    expect((await call(server.url, null, 'GET', '/api/home')).status).toBe(401);
    expect((await call(server.url, null, 'POST', '/api/home/progress', { step: 'matches' })).status).toBe(401);
  });

  it('shows a party the other side’s interest, and never to an outsider', async () => {
    const need = await createListing(server.url, maker, needFor(makerOrg.id, { title: 'CE testing for spraying drones' }));
    const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id, { title: 'CE testing lab, anonymous', anonymous: true }));
    const ranked = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches?limit=50`);
    const matchId = ranked.body.matches.find((match) => match.listing.id === offer.id)?.matchId;
    expect(matchId).toBeDefined();

    expect((await call(server.url, certifier, 'POST', `/api/matches/${matchId}/interest`)).status).toBe(200);
    const makerHome = await home(maker);
    expect(makerHome.interest.items).toContainEqual(
      expect.objectContaining({ matchId, state: 'interested', myInterest: false, mine: { id: need.id, title: need.title }, theirs: { id: offer.id, title: offer.title } }),
    );
    expect(makerHome.firstRun.done.matches).toBe(false);
    // The side that spoke waits for nobody; an outsider never hears of it.
    expect((await home(certifier)).interest.items.map((item) => item.matchId)).not.toContain(matchId);
    expect(JSON.stringify(await home(outsider))).not.toContain(matchId);

    expect((await call(server.url, maker, 'POST', `/api/matches/${matchId}/interest`)).status).toBe(200);
    const mutual = await home(maker);
    expect(mutual.interest.items.find((item) => item.matchId === matchId)).toMatchObject({ state: 'mutual', myInterest: true });
    expect(mutual.firstRun.done.matches).toBe(true);
  });

  describe('in a deal', () => {
    let deal: DealDetail;
    let termId: string;
    let adviser: TestUser;
    let manager: TestUser;
    let otherDeal: DealDetail;

    beforeAll(async () => {
      [adviser, manager] = await Promise.all(['Adviser Ada', 'Manager Man'].map((name) => registerUser(server.url, name)));
      deal = await openDeal(server, maker, { title: 'Spraying drones for Yunnan', orgIds: [makerOrg.id, certifierOrg.id] });
      await addDealMember(server, maker, deal.id, certifier, 'party', { orgId: certifierOrg.id });
      await addDealMember(server, maker, deal.id, adviser, 'adviser');
      await addDealMember(server, maker, deal.id, manager, 'manager');
      termId = await server.app.registry.read(deal.docs.board, (shared) => termsOf(shared.doc)[0].id);
      const outsiderOrg = await createOrg(server.url, outsider, { name: 'Elsewhere Ltd', region: 'uk', sectors: ['fintech'] });
      otherDeal = await openDeal(server, outsider, { title: 'Someone else’s deal', orgIds: [outsiderOrg.id] });
    });

    it('lists the deal by latest activity for its members only', async () => {
      for (const member of [maker, certifier, adviser]) {
        expect((await home(member)).deals.items).toContainEqual(expect.objectContaining({ dealId: deal.id, title: 'Spraying drones for Yunnan', stage: deal.stage }));
      }
      const makerText = JSON.stringify(await home(maker));
      expect(makerText).not.toContain(otherDeal.id);
      expect(makerText).not.toContain('Someone else’s deal');
      expect(JSON.stringify(await home(outsider))).not.toContain(deal.id);
    });

    it('asks each party to sign a proposed term off until its organisation has', async () => {
      await server.app.registry.edit(deal.docs.board, maker.user, (shared) => setTermStatus(shared.doc, termId, 'proposed'));
      const pending = { dealId: deal.id, dealTitle: deal.title, termId, status: 'proposed' };
      expect((await home(maker)).signoffs.items).toContainEqual(expect.objectContaining(pending));
      expect((await home(certifier)).signoffs.items).toContainEqual(expect.objectContaining(pending));
      // Advisers and managers never sign; outsiders never see.
      for (const other of [adviser, manager, outsider]) expect((await home(other)).signoffs.total).toBe(0);

      expect((await call(server.url, certifier, 'POST', `/api/deals/${deal.id}/terms/${termId}/sign-off`, {})).status).toBe(201);
      expect((await home(certifier)).signoffs.items.map((item) => item.termId)).not.toContain(termId);
      expect((await home(maker)).signoffs.items.map((item) => item.termId)).toContain(termId);
    });

    it('shows an open question to the person it names, then to the asker once answered, until resolved', async () => {
      const comments = `/api/deals/${deal.id}/comments`;
      const opened = await call<{ id: string }>(server.url, adviser, 'POST', comments, { anchor: { type: 'term', termId }, body: 'Who pays for the field trials?', mentions: [maker.user.email] });
      expect(opened.status).toBe(201);
      const asked = (await home(maker)).questions.items.find((item) => item.threadId === opened.body.id);
      expect(asked).toMatchObject({ dealId: deal.id, doc: 'board', termId, reason: 'mentioned', author: 'Adviser Ada', excerpt: 'Who pays for the field trials?' });
      for (const other of [adviser, certifier, outsider]) expect((await home(other)).questions.items.map((item) => item.threadId)).not.toContain(opened.body.id);

      expect((await call(server.url, maker, 'POST', `${comments}/${opened.body.id}/replies`, { body: 'We do, up to 200 hectares.' })).status).toBe(201);
      expect((await home(maker)).questions.items.map((item) => item.threadId)).not.toContain(opened.body.id);
      expect((await home(adviser)).questions.items.find((item) => item.threadId === opened.body.id)).toMatchObject({ reason: 'awaiting-reply', author: 'Maker Mak' });

      expect((await call(server.url, adviser, 'POST', `${comments}/${opened.body.id}/resolve`)).status).toBe(200);
      expect((await home(adviser)).questions.total).toBe(0);
    });

    it('gives a manager the pipeline in brief, and nobody else', async () => {
      const pipeline = (await home(manager)).pipeline;
      expect(pipeline).toMatchObject({ scope: 'manager', deals: 1, byStage: { [deal.stage]: 1 } });
      for (const other of [maker, certifier, adviser, outsider]) expect((await home(other)).pipeline).toBeNull();
    });
  });
});
