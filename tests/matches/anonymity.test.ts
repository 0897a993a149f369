// Anonymity on every read path: the certifier's offer is anonymous and the certifier has shown
// interest, so the maker's side may learn what happened but not who did it. Each test reads one
// path as the maker (or an outsider) and finds none of the certifier's ids, names or e-mail; the
// last test makes the match mutual and finds the paths naming the certifier's side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgActivityPage } from '../../shared/schemas/activity.ts';
import type { ListingPage, ListingView } from '../../shared/schemas/listings.ts';
import type { ListingMatch, MatchActivityView, MatchView } from '../../shared/schemas/matches.ts';
import type { NotificationPage, NotificationPushed } from '../../shared/schemas/notifications.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { CERTIFIER, call, connectSocket, createListing, createOrg, needFor, offerFor, record, type AppSocket } from '../listings/marketplace-helpers.ts';

describe('an anonymous side stays anonymous on every read path until mutual interest', () => {
  let server: TestServer;
  let maker: TestUser;
  let certifier: TestUser;
  let outsider: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;
  let need: ListingView;
  let offer: ListingView;
  let matchId: string;
  let makerSocket: AppSocket;
  let pushedMatches: MatchView[];
  let pushedNotifications: NotificationPushed[];

  /** Everything that would tell the maker who is behind the anonymous offer. */
  const secrets = () => [certifier.user.id, certifier.user.name, certifier.user.email, certifierOrg.id, CERTIFIER.name];
  function expectMasked(body: unknown): void {
    const text = JSON.stringify(body);
    for (const secret of secrets()) expect(text, `leaks ${secret}`).not.toContain(secret);
  }

  beforeAll(async () => {
    server = await startTestServer();
    [maker, certifier, outsider] = await Promise.all(['Maker Mo', 'Certifier Cai', 'Outsider Oz'].map((name) => registerUser(server.url, name)));
    makerOrg = await createOrg(server.url, maker);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    await createOrg(server.url, outsider, { name: 'Elsewhere Ltd', region: 'uk', sectors: ['fintech'] });
    makerSocket = await connectSocket(server.url, maker);
    pushedMatches = record(makerSocket, 'match:updated');
    pushedNotifications = record(makerSocket, 'notification:created');
    need = await createListing(server.url, maker, needFor(makerOrg.id));
    offer = await createListing(server.url, certifier, offerFor(certifierOrg.id, { anonymous: true }));
    const found = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches?limit=50`);
    const id = found.body.matches.find((match) => match.listing.id === offer.id)?.matchId;
    if (!id) throw new Error('the pair was not suggested');
    matchId = id;
    expect((await call(server.url, certifier, 'POST', `/api/matches/${matchId}/interest`)).status).toBe(200);
  });

  afterAll(async () => {
    makerSocket.disconnect();
    await server.close();
  });

  it('match trail (GET /api/matches/:id/activity): the anonymous side’s entries say what, not who', async () => {
    const trail = await call<{ activity: MatchActivityView[] }>(server.url, maker, 'GET', `/api/matches/${matchId}/activity`);
    expect(trail.status).toBe(200);
    expect(trail.body.activity).toEqual([expect.objectContaining({ action: 'match.interested', side: 'offer', actorId: null, actingOrgId: null })]);
    expectMasked(trail.body);
    const own = await call<{ activity: MatchActivityView[] }>(server.url, certifier, 'GET', `/api/matches/${matchId}/activity`);
    expect(own.body.activity[0]).toMatchObject({ actorId: certifier.user.id, actingOrgId: certifierOrg.id });
  });

  it('match inbox (GET /api/matches) and one match (GET /api/matches/:id): a teaser of the other listing', async () => {
    const inbox = await call<{ matches: MatchView[] }>(server.url, maker, 'GET', '/api/matches');
    const mine = inbox.body.matches.find((match) => match.matchId === matchId);
    expect(mine).toMatchObject({ state: 'interested', theirInterest: true, listing: { id: offer.id, teaser: true } });
    expectMasked(inbox.body);
    const one = await call<MatchView>(server.url, maker, 'GET', `/api/matches/${matchId}`);
    expect(one.body.listing).not.toHaveProperty('orgId');
    expectMasked(one.body);
  });

  it('match push (Socket.IO match:updated): the maker’s copy is masked', async () => {
    await waitFor(() => pushedMatches.some((match) => match.matchId === matchId), 'match:updated for the maker');
    expect(pushedMatches.find((match) => match.matchId === matchId)?.listing.teaser).toBe(true);
    expectMasked(pushedMatches);
  });

  it('notifications (GET /api/notifications and the notification push): interest from “the other side”', async () => {
    let page: NotificationPage | undefined;
    await waitFor(async () => (page = (await call<NotificationPage>(server.url, maker, 'GET', '/api/notifications?type=match.interest')).body).total > 0, 'match.interest');
    expect(page?.notifications[0]).toMatchObject({ type: 'match.interest', actor: null });
    expectMasked(page);
    await waitFor(() => pushedNotifications.some((pushed) => pushed.notification.type === 'match.interest'), 'the pushed match.interest');
    expectMasked(pushedNotifications);
  });

  it('listing read (GET /api/listings/:id): a teaser', async () => {
    const read = await call<ListingView>(server.url, maker, 'GET', `/api/listings/${offer.id}`);
    expect(read.body).toMatchObject({ id: offer.id, teaser: true, anonymous: true });
    expectMasked(read.body);
  });

  it('marketplace browse and search (GET /api/listings, ?q=, ?orgId=): teasers, and no anonymous listing under its organisation', async () => {
    const browse = await call<ListingPage>(server.url, maker, 'GET', '/api/listings?kind=offer&pageSize=100');
    expect(browse.body.listings.find((listing) => listing.id === offer.id)?.teaser).toBe(true);
    expectMasked(browse.body);
    const search = await call<ListingPage>(server.url, maker, 'GET', `/api/listings?q=${encodeURIComponent('drone testing certification')}&pageSize=100`);
    expect(search.body.listings.map((listing) => listing.id)).toContain(offer.id);
    expectMasked(search.body);
    const byOrg = await call<ListingPage>(server.url, outsider, 'GET', `/api/listings?orgId=${certifierOrg.id}`);
    expect(byOrg.body.listings.map((listing) => listing.id)).not.toContain(offer.id);
  });

  it('candidate lists (GET /api/listings/:id/matches): masked candidates, and no ranking of an anonymous listing for outsiders', async () => {
    const candidates = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches?limit=50`);
    expect(candidates.body.matches.find((match) => match.listing.id === offer.id)?.listing.teaser).toBe(true);
    expectMasked(candidates.body);
    // The ranking leaves the listing's own organisation out, which would hint at who it is.
    const outsiders = await call<{ matches: ListingMatch[] }>(server.url, outsider, 'GET', `/api/listings/${offer.id}/matches`);
    expect(outsiders).toEqual({ status: 200, body: { matches: [] } });
    const makers = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${offer.id}/matches`);
    expect(makers.body.matches).toEqual([]);
    const own = await call<{ matches: ListingMatch[] }>(server.url, certifier, 'GET', `/api/listings/${offer.id}/matches`);
    expect(own.body.matches.map((match) => match.listing.id)).toContain(need.id);
  });

  it('organisation trail (GET /api/orgs/:id/activity): only what the maker’s side did', async () => {
    const trail = await call<OrgActivityPage>(server.url, maker, 'GET', `/api/orgs/${makerOrg.id}/activity?pageSize=200`);
    expect(trail.status).toBe(200);
    expectMasked(trail.body);
  });

  it('deal opening from the match (POST /api/deals {matchId}): refused before mutual interest, so no dossier names the side', async () => {
    const opened = await call(server.url, maker, 'POST', '/api/deals', { matchId });
    expect(opened.status).toBe(409);
    expectMasked(opened.body);
  });

  it('after mutual interest, the trail, the match, the listing and the news name the certifier’s side', async () => {
    expect((await call(server.url, maker, 'POST', `/api/matches/${matchId}/interest`)).status).toBe(200);
    const trail = await call<{ activity: MatchActivityView[] }>(server.url, maker, 'GET', `/api/matches/${matchId}/activity`);
    expect(trail.body.activity[0]).toMatchObject({ side: 'offer', actorId: certifier.user.id, actingOrgId: certifierOrg.id });
    const one = await call<MatchView>(server.url, maker, 'GET', `/api/matches/${matchId}`);
    expect(one.body.listing).toMatchObject({ teaser: false, orgId: certifierOrg.id, org: { name: CERTIFIER.name } });
    const read = await call<ListingView>(server.url, maker, 'GET', `/api/listings/${offer.id}`);
    expect(read.body).toMatchObject({ teaser: false, orgId: certifierOrg.id });
    await waitFor(async () => (await call<NotificationPage>(server.url, certifier, 'GET', '/api/notifications?type=match.mutual')).body.total > 0, 'match.mutual');
    const mutual = await call<NotificationPage>(server.url, certifier, 'GET', '/api/notifications?type=match.mutual');
    expect(mutual.body.notifications[0].actor).toEqual({ id: maker.user.id, name: maker.user.name });
    const deal = await call<{ title: string }>(server.url, maker, 'POST', '/api/deals', { matchId });
    expect(deal.status).toBe(201);
    expect(deal.body.title).toContain(CERTIFIER.name);
  });
});
