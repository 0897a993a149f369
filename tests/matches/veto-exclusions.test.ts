// "No thanks" and exclusion lists over real HTTP, Socket.IO and the embedded store: a declined pair
// never comes back (both listings edited and re-indexed, both directions), "a competitor" keeps
// that organisation from all of the decliner's listings until undone, an exclusion takes the pair
// out of both inboxes without telling the excluded side anything, and bad input is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingView } from '../../shared/schemas/listings.ts';
import type { ExclusionView } from '../../shared/schemas/match-trust.ts';
import type { ListingMatch, MatchView } from '../../shared/schemas/matches.ts';
import type { NotificationPage } from '../../shared/schemas/notifications.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { addMember, call, CERTIFIER, connectSocket, createListing, createOrg, needFor, offerFor, record } from '../listings/marketplace-helpers.ts';

describe('veto and exclusions', () => {
  let server: TestServer;
  let maker: TestUser;
  let makerColleague: TestUser;
  let certifier: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;

  beforeAll(async () => {
    server = await startTestServer();
    [maker, makerColleague, certifier] = await Promise.all([
      registerUser(server.url, 'Drone maker'),
      registerUser(server.url, 'Maker colleague'),
      registerUser(server.url, 'Certifier'),
    ]);
    makerOrg = await createOrg(server.url, maker);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    await addMember(server.url, maker, makerOrg.id, makerColleague);
  });

  afterAll(async () => {
    await server.close();
  });

  const inbox = async (user: TestUser, query = '') => (await call<{ matches: MatchView[] }>(server.url, user, 'GET', `/api/matches${query}`)).body.matches;
  const ranked = async (user: TestUser, listingId: string) =>
    (await call<{ matches: ListingMatch[] }>(server.url, user, 'GET', `/api/listings/${listingId}/matches?limit=100`)).body.matches.map((match) => match.listing.id);
  const matchOf = async (user: TestUser, needId: string, offerId: string) =>
    (await inbox(user)).find((match) => [match.mine.id, match.listing.id].includes(needId) && [match.mine.id, match.listing.id].includes(offerId));
  const pairOf = async (title: string, offerOverrides: Record<string, unknown> = {}) => {
    const need = await createListing(server.url, maker, needFor(makerOrg.id, { title: `${title}: CE and FCC testing for inspection drones` }));
    const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id, offerOverrides));
    const match = await matchOf(maker, need.id, offer.id);
    if (!match) throw new Error(`the pair was not suggested: ${JSON.stringify((await call(server.url, maker, "GET", `/api/listings/${need.id}/matches?limit=100`)).body)}`);
    return { need, offer, matchId: match.matchId };
  };
  const edit = async (user: TestUser, listing: ListingView, description: string) => {
    const response = await call(server.url, user, 'PATCH', `/api/listings/${listing.id}`, { description });
    expect(response.status).toBe(200);
  };
  const withdraw = async (...listings: [TestUser, ListingView][]) => {
    for (const [user, listing] of listings) await call(server.url, user, 'POST', `/api/listings/${listing.id}/withdraw`);
  };
  const exclusionsOf = async (user: TestUser, orgId: string) => call<{ exclusions: ExclusionView[] }>(server.url, user, 'GET', `/api/orgs/${orgId}/exclusions`);

  it('never suggests a declined pair again, whichever listing is edited and re-indexed', async () => {
    const { need, offer, matchId } = await pairOf('Veto');
    const declined = await call<MatchView>(server.url, maker, 'POST', `/api/matches/${matchId}/decline`, { reason: 'not_relevant' });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ state: 'declined', declineReason: 'not_relevant' });
    // The other side sees the decline, never why.
    expect((await matchOf(certifier, need.id, offer.id))?.declineReason).toBeNull();

    await edit(maker, need, 'We need CE and FCC testing and certification of our inspection drones, EU and US.');
    await edit(certifier, offer, 'Accredited drone testing and certification laboratory for CE and FCC export.');
    for (const [user, listingId, otherId] of [
      [maker, need.id, offer.id],
      [certifier, offer.id, need.id],
    ] as const) {
      expect(await ranked(user, listingId)).not.toContain(otherId);
      expect((await inbox(user, '?tab=active')).map((match) => match.matchId)).not.toContain(matchId);
      expect((await inbox(user, '?tab=declined')).map((match) => match.matchId)).toContain(matchId);
    }
    expect(await server.store.collection('matches').find({ needListingId: need.id, offerListingId: offer.id })).toMatchObject([{ state: 'declined', declineReason: 'not_relevant' }]);
    await withdraw([maker, need], [certifier, offer]);
  });

  it('still declines for an older client that gives no reason, and snoozes for "not now"', async () => {
    const { need, offer, matchId } = await pairOf('Reasons');
    const later = await call<MatchView>(server.url, certifier, 'POST', `/api/matches/${matchId}/decline`, { reason: 'not_now' });
    expect(later.body).toMatchObject({ state: 'snoozed', declineReason: null });
    expect((await matchOf(maker, need.id, offer.id))?.state).toBe('suggested');
    const plain = await call<MatchView>(server.url, maker, 'POST', `/api/matches/${matchId}/decline`);
    expect(plain.body).toMatchObject({ state: 'declined', declineReason: null });
    await withdraw([maker, need], [certifier, offer]);
  });

  it('excludes "a competitor" from all of the decliner’s listings until the entry is undone', async () => {
    const { need, offer, matchId } = await pairOf('Competitor');
    expect((await call(server.url, maker, 'POST', `/api/matches/${matchId}/decline`, { reason: 'competitor' })).status).toBe(200);
    const list = await exclusionsOf(makerColleague, makerOrg.id);
    expect(list.body.exclusions).toEqual([
      expect.objectContaining({ kind: 'org', source: 'competitor', org: expect.objectContaining({ id: certifierOrg.id }), listing: { id: offer.id, title: offer.title } }),
    ]);

    const second = await createListing(server.url, maker, needFor(makerOrg.id, { title: 'Second need: drone certification for export' }));
    const laterOffer = await createListing(server.url, certifier, offerFor(certifierOrg.id, { title: 'New drone certification package' }));
    expect(await ranked(maker, second.id)).not.toContain(offer.id);
    expect(await ranked(certifier, laterOffer.id)).not.toContain(second.id);
    expect(await ranked(certifier, laterOffer.id)).not.toContain(need.id);
    expect(await matchOf(maker, second.id, offer.id)).toBeUndefined();

    const entryId = list.body.exclusions[0].id;
    expect((await call(server.url, maker, 'DELETE', `/api/orgs/${makerOrg.id}/exclusions/${encodeURIComponent(entryId)}`)).status).toBe(204);
    expect((await exclusionsOf(maker, makerOrg.id)).body.exclusions).toEqual([]);
    expect(await ranked(maker, second.id)).toContain(laterOffer.id);
    await edit(certifier, laterOffer, 'Drone certification package: CE and FCC testing for inspection drones.');
    await waitFor(async () => (await matchOf(maker, second.id, laterOffer.id)) !== undefined, 'the pair to be suggested again after the undo');
    // The declined pair itself stays declined: undoing the exclusion is not undoing the veto.
    expect(await ranked(maker, need.id)).not.toContain(offer.id);
    await withdraw([maker, need], [maker, second], [certifier, offer], [certifier, laterOffer]);
  });

  it('hides both sides’ matches on an exclusion and tells the excluded side nothing', async () => {
    const { need, offer, matchId } = await pairOf('Exclusion', { anonymous: true });
    const socket = await connectSocket(server.url, certifier);
    const removed = record(socket, 'match:removed');
    const notificationsBefore = (await call<NotificationPage>(server.url, certifier, 'GET', '/api/notifications')).body.total;
    const trailBefore = (await call<{ activity: unknown[] }>(server.url, certifier, 'GET', `/api/orgs/${certifierOrg.id}/activity`)).body;

    const added = await call<ExclusionView>(server.url, maker, 'POST', `/api/orgs/${makerOrg.id}/exclusions`, { listingId: offer.id });
    expect(added.status).toBe(201);
    // "This listing's organisation": the excluder is shown the listing, never the anonymous organisation.
    expect(added.body).toMatchObject({ kind: 'org', org: null, listing: { id: offer.id } });
    expect(JSON.stringify(added.body)).not.toContain(certifierOrg.id);

    await waitFor(() => removed.some((event) => event.matchId === matchId), 'the match to leave the excluded side’s inbox live');
    expect(await matchOf(maker, need.id, offer.id)).toBeUndefined();
    expect(await matchOf(certifier, need.id, offer.id)).toBeUndefined();
    expect(await ranked(maker, need.id)).not.toContain(offer.id);
    expect(await ranked(certifier, offer.id)).not.toContain(need.id);
    expect((await call<NotificationPage>(server.url, certifier, 'GET', '/api/notifications')).body.total).toBe(notificationsBefore);
    expect((await call<{ activity: unknown[] }>(server.url, certifier, 'GET', `/api/orgs/${certifierOrg.id}/activity`)).body).toEqual(trailBefore);
    const home = await call(server.url, certifier, 'GET', '/api/home');
    expect(home.status).toBe(200);
    expect(JSON.stringify(home.body)).not.toContain(matchId);
    expect((await exclusionsOf(certifier, makerOrg.id)).status).toBe(403);
    socket.disconnect();
    const fresh = await createListing(server.url, certifier, offerFor(certifierOrg.id, { title: 'Another drone testing offer' }));
    expect(await ranked(certifier, fresh.id)).not.toContain(need.id);

    const entry = (await exclusionsOf(maker, makerOrg.id)).body.exclusions[0];
    await call(server.url, maker, 'DELETE', `/api/orgs/${makerOrg.id}/exclusions/${encodeURIComponent(entry.id)}`);
    await waitFor(async () => (await matchOf(certifier, need.id, offer.id)) !== undefined, 'the match to return to both inboxes after the undo');
    await withdraw([maker, need], [certifier, offer], [certifier, fresh]);
  });

  it('keeps a sector apart from all of the excluder’s listings', async () => {
    const added = await call<ExclusionView>(server.url, certifier, 'POST', `/api/orgs/${certifierOrg.id}/exclusions`, { sector: 'low-altitude' });
    expect(added.body).toMatchObject({ kind: 'sector', sector: 'low-altitude', org: null });
    const need = await createListing(server.url, maker, needFor(makerOrg.id, { title: 'Drone testing wanted', sectors: ['drones'] }));
    const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id));
    expect(await ranked(maker, need.id)).not.toContain(offer.id);
    expect(await ranked(certifier, offer.id)).not.toContain(need.id);
    expect((await call(server.url, certifier, 'DELETE', `/api/orgs/${certifierOrg.id}/exclusions/${encodeURIComponent(added.body.id)}`)).status).toBe(204);
    await withdraw([maker, need], [certifier, offer]);
  });

  it('refuses bad input with a clear 4xx and stores nothing', async () => {
    const { need, offer, matchId } = await pairOf('Bad input');
    const post = (user: TestUser, body: unknown) => call<{ error: string; message: string }>(server.url, user, 'POST', `/api/orgs/${makerOrg.id}/exclusions`, body);
    expect((await call(server.url, maker, 'POST', `/api/matches/${matchId}/decline`, { reason: 'too-expensive' })).status).toBe(400);
    expect((await matchOf(maker, need.id, offer.id))?.state).toBe('suggested');

    const self = await post(maker, { orgId: makerOrg.id });
    expect([self.status, self.body.error]).toEqual([400, 'bad_request']);
    expect((await post(maker, { listingId: need.id })).status).toBe(400);
    expect((await post(maker, { orgId: 'no-such-org' })).status).toBe(404);
    expect((await post(maker, { listingId: 'no-such-listing' })).status).toBe(404);
    expect((await post(maker, { sector: 'no-such-sector' })).status).toBe(400);
    expect((await post(maker, { sector: 'drones', orgId: certifierOrg.id })).status).toBe(400);
    expect((await post(makerColleague, { orgId: certifierOrg.id })).status).toBe(403);
    expect((await post(certifier, { orgId: certifierOrg.id })).status).toBe(403);
    expect((await call(server.url, maker, 'DELETE', `/api/orgs/${makerOrg.id}/exclusions/nope`)).status).toBe(404);
    expect((await exclusionsOf(maker, makerOrg.id)).body.exclusions).toEqual([]);
    await withdraw([maker, need], [certifier, offer]);
  });
});
