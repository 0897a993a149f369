// Fault: the store fails (every operation rejects) or hangs (every operation stalls) for a few
// seconds under a live session. Edits keep flowing between clients, /healthz says degraded, Saved
// notices stop, a REST write gets a clean 500 (fail) or waits (hang); when the store returns the
// queued writes are retried, Saved arrives, and the store itself (and a restart from it) holds every edit.
import { rm } from 'node:fs/promises';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EmbeddedStore } from '../../server/store/index.ts';
import { bearer, createNote, postJson, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { FaultyStore } from '../helpers/faulty-store.ts';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { openDeal, sectionText } from '../deals/deal-helpers.ts';
import { loadStoredDoc } from './stored-doc.ts';
import { FaultTally, Typist, expectAllTokens, type TextLike } from './typists.ts';

const tally = new FaultTally('store failing or hanging');
const OUTAGE_MS = 2_500;

interface Doc {
  name: string;
  clients: CollabClient[];
  read: (doc: Y.Doc) => TextLike;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function health(server: TestServer): Promise<{ status: number; body: { status: string } }> {
  const response = await fetch(`${server.url}/healthz`);
  return { status: response.status, body: (await response.json()) as { status: string } };
}

describe('fault: the store fails or hangs for a few seconds', () => {
  let dataDir: string;
  let faulty: FaultyStore;
  let server: TestServer;
  let owner: TestUser;
  let partner: TestUser;
  const clients: CollabClient[] = [];

  beforeEach(async () => {
    dataDir = await makeTempDir();
    faulty = new FaultyStore(await EmbeddedStore.open(dataDir));
    server = await startTestServer({ dataDir, store: faulty });
    [owner, partner] = await Promise.all([registerUser(server.url, 'Owner Ong'), registerUser(server.url, 'Partner Pau')]);
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    faulty.heal();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  afterAll(() => tally.print());

  async function openDocs(): Promise<Doc[]> {
    const deal = await openDeal(server, owner);
    const note = await createNote(server.url, owner, 'Term sheet notes');
    await shareNote(server.url, owner, note.id, partner.user.email, 'write');
    const connect = (user: TestUser, name: string) => {
      const client = connectClient(server.wsUrl, name, { token: user.token, savedNotices: true });
      clients.push(client);
      return client;
    };
    const dossier = [connect(owner, deal.docs.dossier), connect(owner, deal.docs.dossier)];
    const notes = [connect(owner, note.docName), connect(partner, note.docName)];
    await Promise.all(clients.map((client) => client.synced()));
    sectionText(dossier[0].doc, 'risks');
    await waitFor(() => dossier[1].doc.getXmlFragment('section:risks').length > 0, 'the paragraph to reach the other client');
    return [
      { name: deal.docs.dossier, clients: dossier, read: (doc) => sectionText(doc, 'risks') },
      { name: note.docName, clients: notes, read: (doc) => doc.getText('content') },
    ];
  }

  function typistsFor(docs: Doc[]): Typist[] {
    return docs.flatMap((doc, d) => doc.clients.map((client, c) => new Typist(`d${d}c${c}`, client, () => doc.read(client.doc), 31 + d * 10 + c)));
  }

  /** Types `rounds` tokens per typist and waits until every client of each document has them all. */
  async function typeLive(docs: Doc[], typists: Typist[], rounds: number): Promise<void> {
    for (let round = 0; round < rounds; round++) {
      for (const typist of typists) typist.type();
      await pause(5);
    }
    for (const [d, doc] of docs.entries()) {
      const tokens = typists.filter((typist) => typist.label.startsWith(`d${d}`)).flatMap((typist) => typist.tokens());
      await waitFor(() => doc.clients.every((client) => tokens.every((token) => doc.read(client.doc).toString().includes(token))), `${doc.name} edits to reach every client live`);
    }
  }

  async function expectStoreHolds(docs: Doc[], typists: Typist[]): Promise<number> {
    let checked = 0;
    for (const [d, doc] of docs.entries()) {
      const loaded = await loadStoredDoc(server.store, doc.name);
      checked += expectAllTokens(doc.read(loaded).toString(), typists.filter((typist) => typist.label.startsWith(`d${d}`)).flatMap((typist) => typist.tokens()), `store of ${doc.name}`);
    }
    return checked;
  }

  for (const fault of ['fail', 'hang'] as const) {
    it(`keeps edits live and health degraded while the store ${fault === 'fail' ? 'fails' : 'hangs'}, then stores every edit`, async () => {
      const docs = await openDocs();
      const typists = typistsFor(docs);
      await typeLive(docs, typists, 5);
      await waitFor(() => clients.every((client) => client.isSaved()), 'the first edits to be saved');
      expect((await health(server)).body.status).toBe('ok');
      const savedBefore = clients.map((client) => new Map(client.persisted));

      faulty.inject(fault);
      const outageEnds = Date.now() + OUTAGE_MS;
      // A REST write during the outage: refused with a clear error (fail) or answered once it ends (hang).
      const restWrite = postJson(`${server.url}/api/notes`, { title: 'Written during the outage' }, bearer(owner));
      await typeLive(docs, typists, 40);
      const degraded = await health(server);
      expect(degraded.status).toBe(503);
      expect(degraded.body.status).toBe('degraded');
      await pause(Math.max(0, outageEnds - Date.now()));
      expect(faulty.affected).toBeGreaterThan(0);
      expect(clients.map((client) => client.persisted)).toEqual(savedBefore);
      expect(clients.some((client) => client.isSaved())).toBe(false);

      faulty.heal();
      await waitFor(() => clients.every((client) => client.isSaved()), 'Saved after the store returns', 15_000);
      expect((await health(server)).body.status).toBe('ok');
      const written = await restWrite;
      expect(written.status).toBe(fault === 'fail' ? 500 : 201);
      if (fault === 'fail') expect(await written.json()).toMatchObject({ error: 'internal' });
      const checked = await expectStoreHolds(docs, typists);

      for (const client of clients.splice(0)) client.destroy();
      await server.close({ keepData: true });
      server = await startTestServer({ dataDir });
      const reader = connectClient(server.wsUrl, docs[1].name, { token: partner.token });
      clients.push(reader);
      await reader.synced();
      expectAllTokens(reader.text.toString(), typists.filter((typist) => typist.label.startsWith('d1')).flatMap((typist) => typist.tokens()), 'note after restart');
      tally.record(checked);
    });
  }
});
