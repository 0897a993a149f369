// Fault, deterministic form of the crash case: a server relays one writer's edits to another
// client, then dies before storing them. When that client reaches the restarted server, its sync
// reply carries the other writer's edits; they must be taken back (not refused as forged, which
// would lose them and lock the client out), while a live update under another's id is still refused.
import { cp, rm } from 'node:fs/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { EmbeddedStore } from '../../server/store/index.ts';
import { CollabCloseCode } from '../../shared/protocol.ts';
import { createNote, registerUser, shareNote } from '../helpers/api.ts';
import { FaultyStore } from '../helpers/faulty-store.ts';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { loadStoredDoc } from './stored-doc.ts';
import { FaultTally, Typist, expectAllTokens } from './typists.ts';

const tally = new FaultTally('resync after a crash');

/** A stock provider for an existing document, stopped (and the close code kept) at its first close. */
function reconnect(server: TestServer, docName: string, doc: Y.Doc, token: string): { provider: WebsocketProvider; closes: number[] } {
  const closes: number[] = [];
  const provider = new WebsocketProvider(`${server.wsUrl}/collab`, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  provider.on('connection-close', (event) => {
    if (!event) return;
    closes.push(event.code);
    provider.shouldConnect = false;
  });
  return { provider, closes };
}

/** Applies to `target` a valid continuation of `victimId`'s edits, as a forging client would send it. */
function forgeUnder(victimId: number, target: Y.Doc, text: string): void {
  const forged = new Y.Doc();
  Y.applyUpdate(forged, Y.encodeStateAsUpdate(target));
  // Taken over after loading, or Yjs would notice the id in use and pick a fresh one.
  forged.clientID = victimId;
  const before = Y.encodeStateVector(forged);
  forged.getText('content').insert(0, text);
  Y.applyUpdate(target, Y.encodeStateAsUpdate(forged, before));
}

describe('fault: the only copy of an edit is on another writer’s client', () => {
  const servers: TestServer[] = [];
  const clients: CollabClient[] = [];
  const providers: WebsocketProvider[] = [];
  const dirs: string[] = [];
  const faultyStores: FaultyStore[] = [];

  afterEach(async () => {
    // The "crashed" server still holds the unstored edits; with its store back it can shut down.
    for (const store of faultyStores.splice(0)) store.heal();
    for (const provider of providers.splice(0)) provider.destroy();
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.close();
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  afterAll(() => tally.print());

  it('takes back relayed edits of another writer from a client’s sync reply after a restart', async () => {
    const dataDir = await makeTempDir();
    const faulty = new FaultyStore(await EmbeddedStore.open(dataDir));
    faultyStores.push(faulty);
    dirs.push(dataDir);
    const first = await startTestServer({ dataDir, store: faulty });
    servers.push(first);
    const [owner, partner] = await Promise.all([registerUser(first.url, 'Owner Ong'), registerUser(first.url, 'Partner Pau')]);
    const note = await createNote(first.url, owner, 'Landing plan');
    await shareNote(first.url, owner, note.id, partner.user.email, 'write');
    const ownerClient = connectClient(first.wsUrl, note.docName, { token: owner.token, savedNotices: true });
    const partnerClient = connectClient(first.wsUrl, note.docName, { token: partner.token, savedNotices: true });
    clients.push(ownerClient, partnerClient);
    await Promise.all([ownerClient.synced(), partnerClient.synced()]);
    const typist = new Typist('partner', partnerClient, () => partnerClient.text, 3);
    typist.type();
    await waitFor(() => partnerClient.isSaved(), "the partner's first edit (and client binding) to be stored");

    // From here the store refuses writes: what the partner types reaches the owner but not the disk.
    faulty.inject('fail');
    for (let i = 0; i < 30; i++) typist.type();
    await waitFor(() => typist.tokens().every((token) => ownerClient.text.toString().includes(token)), "the partner's edits to reach the owner");
    const survivorDir = await makeTempDir();
    dirs.push(survivorDir);
    await cp(dataDir, survivorDir, { recursive: true });
    partnerClient.provider.disconnect();
    ownerClient.provider.disconnect();

    // The "restarted" server has only what was stored; the owner's document is the one full copy.
    const second = await startTestServer({ dataDir: survivorDir });
    servers.push(second);
    const { provider, closes } = reconnect(second, note.docName, ownerClient.doc, owner.token);
    providers.push(provider);
    const stored = async () => (await loadStoredDoc(second.store, note.docName)).getText('content').toString();
    await waitFor(async () => {
      const text = await stored();
      return typist.tokens().every((token) => text.includes(token));
    }, 'the relayed edits to be stored again');
    expect(closes).not.toContain(CollabCloseCode.Malformed);
    const checked = expectAllTokens(await stored(), typist.tokens(), 'restarted store');

    // The leniency is for the sync reply only: a live update under the partner's id is still refused.
    forgeUnder(partnerClient.doc.clientID, ownerClient.doc, 'FORGED ');
    await waitFor(() => closes.includes(CollabCloseCode.Malformed), 'the forged live update to cut the connection');
    expect(await stored()).not.toContain('FORGED');
    tally.record(checked);
  });
});
