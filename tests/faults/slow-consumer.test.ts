// Fault: a collaboration client stops reading its socket while others edit heavily. The server
// must stop queueing for it at Limits.maxBufferedBytes and drop that one connection, rather than
// buffer without bound, while the writer and a healthy reader carry on and converge.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createNote, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { waitForConvergence } from '../helpers/convergence.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { FaultTally, Typist, expectAllTokens } from './typists.ts';

const tally = new FaultTally('slow consumer');
const MAX_BUFFERED = 256 * 1024;
const CHUNK = 'x'.repeat(64 * 1024);

/** What the server has queued for each peer of the document, read off the peers' sockets. */
async function bufferedPerPeer(server: TestServer, docName: string): Promise<number[]> {
  const shared = await server.app.registry.find(docName);
  // White-box on purpose: the bound under test is the server's own send buffer per connection.
  return [...(shared?.peers ?? [])].map((peer) => (peer as unknown as { ws: WebSocket }).ws.bufferedAmount);
}

/** A raw collaboration socket that reads nothing once open, as a stuck or throttled client. */
function stalledReader(server: TestServer, docName: string, user: TestUser): Promise<{ ws: WebSocket; closed: Promise<void> }> {
  const ws = new WebSocket(`${server.wsUrl}/collab/${encodeURIComponent(docName)}?token=${user.token}`);
  const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () => {
      ws.pause();
      resolve({ ws, closed });
    });
  });
}

describe('fault: a slow consumer', () => {
  let server: TestServer;
  let owner: TestUser;
  let reader: TestUser;
  const clients: CollabClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ limits: { maxBufferedBytes: MAX_BUFFERED } });
    [owner, reader] = await Promise.all([registerUser(server.url, 'Owner Ong'), registerUser(server.url, 'Reader Ren')]);
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  afterAll(() => tally.print());

  it('drops the client that stops reading once its buffer passes the limit, and nobody else', async () => {
    const note = await createNote(server.url, owner, 'Bill of materials');
    await shareNote(server.url, owner, note.id, reader.user.email, 'read');
    const writer = connectClient(server.wsUrl, note.docName, { token: owner.token, savedNotices: true });
    const healthy = connectClient(server.wsUrl, note.docName, { token: reader.token });
    clients.push(writer, healthy);
    await Promise.all([writer.synced(), healthy.synced()]);
    const stalled = await stalledReader(server, note.docName, reader);
    await waitFor(async () => (await bufferedPerPeer(server, note.docName)).length === 3, 'three peers on the document');

    // Heavy editing: 64 KB in and out again, so the document stays small while the traffic is not.
    const typist = new Typist('w', writer, () => writer.text, 5);
    let sent = 0;
    let largestBuffer = 0;
    for (let round = 0; round < 400 && (await bufferedPerPeer(server, note.docName)).length === 3; round++) {
      writer.text.insert(0, CHUNK);
      writer.text.delete(0, CHUNK.length);
      typist.type();
      sent += CHUNK.length;
      largestBuffer = Math.max(largestBuffer, ...(await bufferedPerPeer(server, note.docName)));
      await new Promise((resolve) => setImmediate(resolve));
    }

    await waitFor(async () => (await bufferedPerPeer(server, note.docName)).length === 2, 'the stalled client to be dropped');
    expect(sent).toBeLessThan(400 * CHUNK.length);
    // Never more than the limit plus the one frame that crossed it.
    expect(largestBuffer).toBeLessThanOrEqual(MAX_BUFFERED + 2 * CHUNK.length);
    stalled.ws.resume();
    await stalled.closed;

    await waitForConvergence([healthy, writer], 'the healthy reader to converge', { and: () => writer.isSaved() });
    expect(healthy.closeEvents).toEqual([]);
    expect(writer.closeEvents).toEqual([]);
    expect(healthy.provider.wsconnected && writer.provider.wsconnected).toBe(true);
    tally.record(expectAllTokens(healthy.text.toString(), typist.tokens(), 'healthy reader'));
  });
});
