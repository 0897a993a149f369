// At start the server loads every live listing from the store into the matching engine, so
// matches survive a restart and withdrawn or expired listings stay out.
import { afterEach, describe, expect, it } from 'vitest';
import type { ListingMatch, MatchView } from '../../shared/schemas/matches.ts';
import { registerUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { CERTIFIER, call, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';

describe('matching across a restart', () => {
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('reloads live listings into the engine and keeps stored matches', async () => {
    server = await startTestServer();
    const maker = await registerUser(server.url, 'Maker');
    const certifier = await registerUser(server.url, 'Certifier');
    const makerOrg = await createOrg(server.url, maker);
    const certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id));
    const gone = await createListing(server.url, certifier, offerFor(certifierOrg.id, { title: 'Drone certification, withdrawn' }));
    const need = await createListing(server.url, maker, needFor(makerOrg.id));
    await call(server.url, certifier, 'POST', `/api/listings/${gone.id}/withdraw`);
    const before = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches`);
    const matchId = before.body.matches.find((match) => match.listing.id === offer.id)?.matchId;
    expect(matchId).toBeDefined();
    await call(server.url, maker, 'POST', `/api/matches/${matchId}/interest`);

    const dataDir = server.dataDir;
    await server.close({ keepData: true });
    server = await startTestServer({ dataDir });

    const after = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches`);
    expect(after.body.matches.map((match) => match.listing.id)).toEqual([offer.id]);
    expect(after.body.matches[0]).toMatchObject({ matchId, state: 'interested' });
    const inbox = await call<{ matches: MatchView[] }>(server.url, certifier, 'GET', '/api/matches');
    expect(inbox.body.matches.map((match) => [match.matchId, match.theirInterest])).toEqual([[matchId, true]]);
  });
});
