// Fault: a client goes offline for a long time while others keep editing the same paragraph and
// the same term; then the others leave too and the server unloads the documents (as it would over
// minutes of quiet), everyone keeps typing offline, and finally all reconnect. The merge must keep
// every edit of every side, exactly once, on every client, in the store and for a newcomer.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTerms } from '../../shared/deal-docs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { waitForConvergence } from '../helpers/convergence.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { addDealMember, openDeal, sectionText, termWording } from '../deals/deal-helpers.ts';
import { FaultTally, Typist, expectAllTokens, type TextLike } from './typists.ts';

const tally = new FaultTally('client offline with edits on both sides');

interface Doc {
  name: string;
  read: (doc: Y.Doc) => TextLike;
}

describe('fault: a client offline for a long time, with edits on both sides', () => {
  let server: TestServer;
  let owner: TestUser;
  let adviser: TestUser;
  const clients: CollabClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ limits: { docIdleMs: 100 } });
    [owner, adviser] = await Promise.all([registerUser(server.url, 'Owner Ong'), registerUser(server.url, 'Adviser Ada')]);
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  afterAll(() => tally.print());

  const connect = (user: TestUser, name: string) => {
    const client = connectClient(server.wsUrl, name, { token: user.token, savedNotices: true });
    clients.push(client);
    return client;
  };

  async function dealDocs(): Promise<Doc[]> {
    const deal = await openDeal(server, owner);
    await addDealMember(server, owner, deal.id, adviser, 'adviser');
    const setup = connect(owner, deal.docs.dossier);
    await setup.synced();
    sectionText(setup.doc, 'risks');
    await waitFor(() => setup.isSaved(), 'the paragraph to be stored');
    setup.provider.disconnect();
    const termId = await server.app.registry.read(deal.docs.board, (shared) => readTerms(shared.doc)[0].id);
    return [
      { name: deal.docs.dossier, read: (doc) => sectionText(doc, 'risks') },
      { name: deal.docs.board, read: (doc) => termWording(doc, termId) },
    ];
  }

  const typeRounds = (typists: Typist[], rounds: number) => {
    for (let round = 0; round < rounds; round++) for (const typist of typists) typist.type();
  };

  it('merges hundreds of concurrent edits to the same paragraph and term, across a document unload, without loss', async () => {
    const docs = await dealDocs();
    // Both sides are the owner's two devices: advisers may not write the board.
    const away = docs.map((doc) => connect(owner, doc.name));
    const here = docs.map((doc) => connect(owner, doc.name));
    await Promise.all([...away, ...here].map((client) => client.synced()));
    const awayTypists = docs.map((doc, d) => new Typist(`away${d}`, away[d], () => doc.read(away[d].doc), 101 + d));
    const hereTypists = docs.map((doc, d) => new Typist(`here${d}`, here[d], () => doc.read(here[d].doc), 201 + d));

    for (const client of away) client.provider.disconnect();
    typeRounds([...awayTypists, ...hereTypists], 150);
    await waitFor(() => here.every((client) => client.isSaved()), 'the online side to be saved');

    // The online side leaves as well; with nobody connected the server unloads both documents.
    for (const client of here) client.provider.disconnect();
    await waitFor(() => server.app.registry.openCount === 0, 'the documents to be unloaded');
    typeRounds([...awayTypists, ...hereTypists], 100);

    for (const client of [...away, ...here]) client.provider.connect();
    await waitFor(() => [...away, ...here].every((client) => client.provider.synced && client.isSaved()), 'both sides to resync and be saved', 15_000);

    let checked = 0;
    for (const [d, doc] of docs.entries()) {
      const tokens = [...awayTypists[d].tokens(), ...hereTypists[d].tokens()];
      await waitForConvergence([away[d], here[d]], `${doc.name} to converge`, { read: (client) => doc.read(client.doc).toString() });
      const newcomer = connect(adviser, doc.name);
      await newcomer.synced();
      for (const client of [away[d], here[d], newcomer]) expectAllTokens(doc.read(client.doc).toString(), tokens, doc.name);
      expect(doc.read(newcomer.doc).toString()).toBe(doc.read(away[d].doc).toString());
      checked += tokens.length;
    }
    expect(checked).toBe(2 * 2 * 250);
    tally.record(checked);
  });
});
