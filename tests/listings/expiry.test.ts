// The expiry sweep: a listing past its expiry is stored as expired, leaves the engine, and its
// matches leave both sides' inboxes live.
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { ListingRepository } from '../../server/listings/index.ts';
import { createLogger } from '../../server/logger.ts';
import { EmbeddedStore, type Store } from '../../server/store/index.ts';
import type { ListingMatch, MatchView } from '../../shared/schemas/matches.ts';
import { registerUser } from '../helpers/api.ts';
import { makeTempDir } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { CERTIFIER, call, connectSocket, createListing, createOrg, needFor, offerFor, record, type AppSocket } from './marketplace-helpers.ts';

describe('listing expiry sweep', () => {
  let app: App | undefined;
  let store: Store | undefined;
  let socket: AppSocket | undefined;

  afterEach(async () => {
    socket?.disconnect();
    await app?.close();
    app?.httpServer.close();
    await store?.close();
  });

  it('retires expired listings: stored as expired, matches removed from inboxes live', async () => {
    store = await EmbeddedStore.open(await makeTempDir());
    app = await createApp({ store, logger: createLogger('silent'), limits: DEFAULT_LIMITS, cookieSecure: false, listingSweepMs: 100 });
    const url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
    const maker = await registerUser(url, 'Maker');
    const certifier = await registerUser(url, 'Certifier');
    const makerOrg = await createOrg(url, maker);
    const certifierOrg = await createOrg(url, certifier, CERTIFIER);
    const offer = await createListing(url, certifier, offerFor(certifierOrg.id));
    const need = await createListing(url, maker, needFor(makerOrg.id, { expiresAt: new Date(Date.now() + 700).toISOString() }));
    const inbox = await call<{ matches: MatchView[] }>(url, certifier, 'GET', '/api/matches');
    const matchId = inbox.body.matches.find((match) => match.listing.id === need.id)?.matchId;
    expect(matchId).toBeDefined();
    socket = await connectSocket(url, certifier);
    const removed = record(socket, 'match:removed');

    await waitFor(() => removed.length > 0, 'match:removed after expiry', 3000);
    expect(removed).toEqual([{ matchId }]);
    expect(await store.collection('listings').findOne({ _id: need.id })).toMatchObject({ status: 'expired' });
    expect(await store.collection('listings').findOne({ _id: offer.id })).toMatchObject({ status: 'active' });
    expect(await store.collection('matches').findOne({ _id: matchId })).toMatchObject({ hidden: true });
    const after = await call<{ matches: MatchView[] }>(url, certifier, 'GET', '/api/matches');
    expect(after.body.matches.map((match) => match.matchId)).not.toContain(matchId);
    const results = await call<{ matches: ListingMatch[] }>(url, certifier, 'GET', `/api/listings/${offer.id}/matches`);
    expect(results.body.matches.map((match) => match.listing.id)).not.toContain(need.id);
  });

  it('lets only one of several sweeps (one per instance) claim an expiry, so it is recorded once', async () => {
    store = await EmbeddedStore.open(await makeTempDir());
    app = await createApp({ store, logger: createLogger('silent'), limits: DEFAULT_LIMITS, cookieSecure: false });
    const url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
    const maker = await registerUser(url, 'Maker');
    const need = await createListing(url, maker, needFor((await createOrg(url, maker)).id));

    const sweeps = [new ListingRepository(store), new ListingRepository(store), new ListingRepository(store)];
    const claims = await Promise.all(sweeps.map((repository) => repository.markExpired(need.id, 'active')));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store.collection('listings').findOne({ _id: need.id })).toMatchObject({ status: 'expired' });
    expect(await sweeps[0].markExpired(need.id, 'active')).toBe(false);
  });
});
