// Fault: a writer comes back with an offline copy (as y-indexeddb keeps one: a new Yjs client id,
// the old session's content, the other writers' edits it had received, and what it typed
// offline) while those other writers are connected and typing. Whether the copy goes out in the
// sync reply or as a live update (a copy that finished loading after the socket opened: before the
// server's state arrived, so it re-sends what the server holds, or after),
// nobody is closed, everyone converges, and every edit is stored exactly once. Also after a
// crash, when the copy holds another writer's edits the restarted server lost, in both orders.
import { cp, rm } from 'node:fs/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EmbeddedStore } from '../../server/store/index.ts';
import { createNote, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { waitForConvergence } from '../helpers/convergence.ts';
import { FaultyStore } from '../helpers/faulty-store.ts';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { loadStoredDoc } from './stored-doc.ts';
import { FaultTally, Typist, expectAllTokens } from './typists.ts';

const tally = new FaultTally('offline copy returns');

/** The browser's copy of `client`'s document: same content, a new client id, not connected. */
function offlineCopyOf(client: CollabClient): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(client.doc));
  return copy;
}

describe('fault: a writer returns with an offline copy holding the others’ edits', () => {
  const servers: TestServer[] = [];
  const clients: CollabClient[] = [];
  const dirs: string[] = [];
  const faulty: FaultyStore[] = [];

  afterEach(async () => {
    for (const store of faulty.splice(0)) store.heal();
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.close();
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  afterAll(() => tally.print());

  async function sharedNote(server: TestServer): Promise<{ docName: string; owner: TestUser; partner: TestUser }> {
    const [owner, partner] = await Promise.all([registerUser(server.url, 'Owner Ong'), registerUser(server.url, 'Partner Pau')]);
    const note = await createNote(server.url, owner, 'Landing plan');
    await shareNote(server.url, owner, note.id, partner.user.email, 'write');
    return { docName: note.docName, owner, partner };
  }

  const connect = (server: TestServer, docName: string, user: TestUser, doc?: Y.Doc) => {
    const client = connectClient(server.wsUrl, docName, { token: user.token, savedNotices: true, noReconnect: true, doc });
    clients.push(client);
    return client;
  };

  async function expectConvergedAndStored(server: TestServer, docName: string, writers: CollabClient[], tokens: string[]): Promise<void> {
    await waitForConvergence(writers, 'writers to converge and be saved', { and: () => writers.every((client) => client.isSaved()) });
    for (const client of writers) {
      expect(client.closeEvents).toEqual([]);
      expectAllTokens(client.text.toString(), tokens, 'a writer’s screen');
    }
    tally.record(expectAllTokens((await loadStoredDoc(server.store, docName)).getText('content').toString(), tokens, 'the store'));
  }

  for (const when of ['in its sync reply', 'as a live update while syncing', 'as a live update after syncing'] as const) {
    it(`accepts the copy ${when} while the other writer keeps typing`, async () => {
      const server = await startTestServer();
      servers.push(server);
      const { docName, owner, partner } = await sharedNote(server);
      const first = connect(server, docName, owner);
      const other = connect(server, docName, partner);
      await Promise.all([first.synced(), other.synced()]);
      const mine = new Typist('mine', first, () => first.text, 1);
      const theirs = new Typist('theirs', other, () => other.text, 2);
      for (let i = 0; i < 10; i++) [mine, theirs].forEach((typist) => typist.type());
      await waitForConvergence([first, other], 'both to hold both');
      const copy = offlineCopyOf(first);
      first.provider.disconnect();

      // Offline: typing into the copy, while the partner goes on.
      const copyText = copy.getText('content');
      const offlineTokens = ['⟦offline:0⟧', '⟦offline:1⟧'];
      offlineTokens.forEach((token) => copyText.insert(0, token));
      for (let i = 0; i < 5; i++) theirs.type();

      const returning = when === 'in its sync reply' ? connect(server, docName, owner, copy) : connect(server, docName, owner);
      const loadCopy = () => Y.applyUpdate(returning.doc, Y.encodeStateAsUpdate(copy), 'offline-copy');
      if (when === 'as a live update while syncing') {
        returning.provider.once('status', ({ status }) => status === 'connected' && loadCopy());
      } else if (when === 'as a live update after syncing') {
        await returning.synced();
        loadCopy();
      }
      await returning.synced();
      for (let i = 0; i < 5; i++) theirs.type();
      await expectConvergedAndStored(server, docName, [returning, other], [...mine.tokens(), ...theirs.tokens(), ...offlineTokens]);
    });
  }

  for (const order of ['the other writer first', 'the copy first'] as const) {
    it(`after a crash, recovers the other writer’s unstored edits with ${order}`, async () => {
      const dataDir = await makeTempDir();
      dirs.push(dataDir);
      const store = new FaultyStore(await EmbeddedStore.open(dataDir));
      faulty.push(store);
      const crashed = await startTestServer({ dataDir, store });
      servers.push(crashed);
      const { docName, owner, partner } = await sharedNote(crashed);
      const first = connect(crashed, docName, owner);
      const other = connect(crashed, docName, partner);
      await Promise.all([first.synced(), other.synced()]);
      const theirs = new Typist('theirs', other, () => other.text, 3);
      const mine = new Typist('mine', first, () => first.text, 4);
      for (let i = 0; i < 3; i++) [mine, theirs].forEach((typist) => typist.type());
      await waitFor(() => first.isSaved() && other.isSaved(), 'the first edits to be stored');
      // From here nothing reaches the disk: the "crash" loses these edits, which both clients hold.
      store.inject('fail');
      for (let i = 0; i < 10; i++) [mine, theirs].forEach((typist) => typist.type());
      await waitForConvergence([first, other], 'both to hold both');
      const survivorDir = await makeTempDir();
      dirs.push(survivorDir);
      await cp(dataDir, survivorDir, { recursive: true });
      first.provider.disconnect();
      other.provider.disconnect();
      const copy = offlineCopyOf(first);

      const restarted = await startTestServer({ dataDir: survivorDir });
      servers.push(restarted);
      const back = order === 'the other writer first' ? [connect(restarted, docName, partner, other.doc)] : [connect(restarted, docName, owner, copy)];
      await back[0].synced();
      back.push(order === 'the other writer first' ? connect(restarted, docName, owner, copy) : connect(restarted, docName, partner, other.doc));
      await back[1].synced();
      const [returning, partnerBack] = order === 'the other writer first' ? [back[1], back[0]] : back;
      const after = new Typist('after', returning, () => returning.text, 5);
      for (let i = 0; i < 3; i++) after.type();
      partnerBack.text.insert(0, '⟦partner-after⟧');
      await expectConvergedAndStored(restarted, docName, [returning, partnerBack], [...mine.tokens(), ...theirs.tokens(), ...after.tokens(), '⟦partner-after⟧']);
    });
  }
});
