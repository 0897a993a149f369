// Live matching over real Socket.IO: a new listing's match reaches the members of both
// organisations within a fraction of a second, in each socket's language, and never an outsider;
// workflow changes and withdrawals follow live.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MatchView } from '../../shared/schemas/matches.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import {
  CERTIFIER,
  addMember,
  call,
  connectSocket,
  createListing,
  createOrg,
  needFor,
  offerFor,
  record,
  type AppSocket,
} from '../listings/marketplace-helpers.ts';

/** How long a socket must stay silent for us to say an event was not sent to it. */
const SILENCE_MS = 300;

describe('live match suggestions', () => {
  let server: TestServer;
  let maker: TestUser;
  let certifier: TestUser;
  let certifierColleague: TestUser;
  let outsider: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;
  const sockets: AppSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    [maker, certifier, certifierColleague, outsider] = await Promise.all([
      registerUser(server.url, 'Drone maker'),
      registerUser(server.url, 'Certifier'),
      registerUser(server.url, 'Certifier colleague'),
      registerUser(server.url, 'Outsider'),
    ]);
    makerOrg = await createOrg(server.url, maker);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    await addMember(server.url, certifier, certifierOrg.id, certifierColleague);
    const outsiderOrg = await createOrg(server.url, outsider, { name: 'Bystander Capital', region: 'uk', sectors: ['fintech'] });
    // The outsider is active too, with a listing no drone-testing listing complements.
    await createListing(
      server.url,
      outsider,
      offerFor(outsiderOrg.id, { category: 'investment', title: 'Series A capital for fintech', description: 'We invest in payments start-ups.', sectors: ['fintech'], regions: ['uk'] }),
    );
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });

  afterAll(async () => {
    await server.close();
  });

  async function open(user: TestUser, lang?: string): Promise<AppSocket> {
    const socket = await connectSocket(server.url, user, lang);
    sockets.push(socket);
    return socket;
  }

  it('pushes a new listing’s match to both organisations’ members at once, and not to an outsider', async () => {
    const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id, { anonymous: true }));
    const certifierEvents = record(await open(certifier), 'match:suggested');
    const colleagueEvents = record(await open(certifierColleague, 'zh-Hans'), 'match:suggested');
    const makerEvents = record(await open(maker, 'zh-Hant'), 'match:suggested');
    const outsiderEvents = record(await open(outsider), 'match:suggested');

    const postedAt = Date.now();
    const need = await createListing(server.url, maker, needFor(makerOrg.id));
    await waitFor(() => certifierEvents.length > 0 && colleagueEvents.length > 0 && makerEvents.length > 0, 'match:suggested on both sides', 1000);
    expect(Date.now() - postedAt).toBeLessThan(1000);

    const seenByCertifier = certifierEvents.find((match) => match.mine.id === offer.id) as MatchView;
    expect(seenByCertifier).toMatchObject({ state: 'suggested', side: 'offer', listing: { id: need.id, orgId: makerOrg.id } });
    const seenByMaker = makerEvents.find((match) => match.listing.id === offer.id) as MatchView;
    expect(seenByMaker).toMatchObject({ matchId: seenByCertifier.matchId, side: 'need', listing: { teaser: true } });
    expect(seenByMaker.listing).not.toHaveProperty('orgId');
    expect(colleagueEvents.map((match) => match.matchId)).toContain(seenByCertifier.matchId);

    // Each socket gets the reasons in the language it asked for, as REST renders them.
    const rest = await call<MatchView>(server.url, maker, 'GET', `/api/matches/${seenByMaker.matchId}?lang=zh-Hant`);
    expect(seenByMaker.reasons).toEqual(rest.body.reasons);

    await quietFor(SILENCE_MS, 'a suggestion would have reached the outsider');
    expect(outsiderEvents).toEqual([]);
  });

  it('pushes workflow changes to both sides and withdrawals as removals', async () => {
    const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id, { title: 'Drone EMC testing', anonymous: true }));
    const makerSocket = await open(maker);
    const certifierSocket = await open(certifier);
    const outsiderSocket = await open(outsider);
    const suggested = record(certifierSocket, 'match:suggested');
    const makerUpdates = record(makerSocket, 'match:updated');
    const certifierUpdates = record(certifierSocket, 'match:updated');
    const outsiderUpdates = record(outsiderSocket, 'match:updated');
    const removed = record(makerSocket, 'match:removed');
    const outsiderRemoved = record(outsiderSocket, 'match:removed');

    await createListing(server.url, maker, needFor(makerOrg.id, { title: 'Seeking drone EMC testing' }));
    await waitFor(() => suggested.some((match) => match.mine.id === offer.id), 'suggestion');
    const matchId = (suggested.find((match) => match.mine.id === offer.id) as MatchView).matchId;

    await call(server.url, maker, 'POST', `/api/matches/${matchId}/interest`);
    await waitFor(() => certifierUpdates.some((match) => match.matchId === matchId), 'certifier to see the interest');
    expect(certifierUpdates.find((match) => match.matchId === matchId)).toMatchObject({ state: 'interested', theirInterest: true });
    await waitFor(() => makerUpdates.length > 0, 'maker to see their own change on other tabs');

    await call(server.url, certifier, 'POST', `/api/matches/${matchId}/interest`);
    await waitFor(() => makerUpdates.some((match) => match.matchId === matchId && match.state === 'mutual'), 'mutual');
    const mutual = makerUpdates.find((match) => match.state === 'mutual') as MatchView;
    expect(mutual.listing).toMatchObject({ teaser: false, orgId: certifierOrg.id });

    await call(server.url, certifier, 'POST', `/api/listings/${offer.id}/withdraw`);
    await waitFor(() => removed.some((event) => event.matchId === matchId), 'match:removed');

    await quietFor(SILENCE_MS, 'updates and removals would have reached the outsider');
    expect(outsiderUpdates).toEqual([]);
    expect(outsiderRemoved).toEqual([]);
  });

  it('sends nothing for invalid input', async () => {
    const certifierEvents = record(await open(certifier), 'match:suggested');
    const response = await call(server.url, maker, 'POST', '/api/listings', needFor(makerOrg.id, { sectors: ['not-a-sector'] }));
    expect(response.status).toBe(400);
    await quietFor(SILENCE_MS, 'a suggestion from the refused listing would have been pushed');
    expect(certifierEvents).toEqual([]);
  });
});
