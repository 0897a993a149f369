// A client moving to another instance (its first one died, or the load balancer moved it) before
// its edits were stored there: the new instance, which already has them from Redis, stores them and
// says so, so nothing rests on an instance that may never flush.
import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CollabMessage } from '../../shared/protocol.ts';
import { createNote, registerUser, type TestUser } from '../helpers/api.ts';
import { waitForConvergence } from '../helpers/convergence.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient } from '../helpers/yjs-clients.ts';
import { describeWithRedis, startCluster, type TestCluster } from './cluster.ts';

/** Reconnects an existing document to another instance, keeping its client id; tracks Saved notices. */
function reconnect(instance: TestServer, docName: string, doc: Y.Doc, user: TestUser) {
  const provider = new WebsocketProvider(`${instance.wsUrl}/collab`, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: user.token, saved: '1' },
    disableBc: true,
  });
  const state = { provider, persisted: new Map<number, number>() };
  provider.messageHandlers[CollabMessage.Saved] = (_encoder, decoder) => {
    state.persisted = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
  };
  return state;
}

describeWithRedis('a client handed over to another instance', () => {
  let cluster: TestCluster;
  let owner: TestUser;

  beforeAll(async () => {
    cluster = await startCluster(1);
    owner = await registerUser(cluster.instances[0].url, 'Rachel Tan');
  });

  afterAll(async () => {
    await cluster.close();
  });

  it('stores, on the instance it moved to, the edits its first instance never flushed', async () => {
    const neverFlushes = await cluster.addInstance({ flushDelayMs: 600_000 });
    const [other] = cluster.instances;
    const note = await createNote(other.url, owner);
    const writer = connectClient(neverFlushes.wsUrl, note.docName, { token: owner.token });
    const watcher = connectClient(other.wsUrl, note.docName, { token: owner.token });
    await Promise.all([writer.synced(), watcher.synced()]);
    writer.text.insert(0, 'Exclusive distribution across ASEAN, 3 years');
    await waitForConvergence([watcher, writer], 'the edit to reach the other instance');

    writer.provider.destroy();
    const moved = reconnect(other, note.docName, writer.doc, owner);
    const clock = Y.decodeStateVector(Y.encodeStateVector(writer.doc)).get(writer.doc.clientID) ?? 0;
    await waitFor(() => (moved.persisted.get(writer.doc.clientID) ?? 0) >= clock, 'the new instance to say the edit is saved');

    const stored = await cluster.store.collection<{ _id: string; doc: string; data: string }>('ydoc_updates').find({ doc: note.docName });
    const clients = stored.flatMap((entry) => Y.decodeUpdate(new Uint8Array(Buffer.from(entry.data, 'base64'))).structs.map((struct) => struct.id.client));
    expect(clients).toContain(writer.doc.clientID);
    moved.provider.destroy();
    writer.doc.destroy();
    watcher.destroy();
  });
});
