// Property-based fuzzing of the collaboration socket: hostile frames from a read-only and from a
// writing offender never take the process down, close the offender with the right code, and
// leave the document of the well-behaved y-websocket clients intact, live and after a reload.
import fc from 'fast-check';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CollabCloseCode } from '../../shared/protocol.ts';
import { createNote, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { expectedClose, hostileFrame, type HostileFrame } from './collab-frames.ts';
import { FuzzTally } from './fuzz-report.ts';
import { storedDoc } from './stored-doc.ts';
import { RawCollabPeer, upgradeStatus } from './ws-probe.ts';

const MAX_FRAME_BYTES = 16 * 1024;
const RUNS_PER_OFFENDER = 800;
const HUGE_LENGTH_FRAMES = 200;

/** The shared parts of a document, as comparable plain data. */
function contentOf(doc: Y.Doc): unknown {
  return {
    content: doc.getText('content').toString(),
    fuzz: doc.getText('fuzz').toString(),
    map: doc.getMap('fuzz-map').toJSON(),
    xml: doc.getXmlFragment('fuzz-xml').toString(),
    stateVector: [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b),
  };
}

describe('collaboration frame fuzzing', () => {
  let server: TestServer;
  let owner: TestUser;
  let reader: TestUser;
  let writer: TestUser;
  let docName: string;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    server = await startTestServer({ limits: { maxFrameBytes: MAX_FRAME_BYTES } });
    [owner, reader, writer] = await Promise.all(['Owner', 'Reader', 'Writer'].map((name) => registerUser(server.url, name)));
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });

  async function goodClients(): Promise<[CollabClient, CollabClient]> {
    const pair: [CollabClient, CollabClient] = [connectClient(server.wsUrl, docName, { token: owner.token }), connectClient(server.wsUrl, docName, { token: owner.token })];
    clients.push(...pair);
    await Promise.all(pair.map((client) => client.synced()));
    return pair;
  }

  /**
   * Sends every generated frame as `offender` on one connection (reopened when the server closes
   * it) while a good client keeps typing; checks each verdict against the oracle.
   */
  async function fuzzAs(offender: TestUser, isWriter: boolean, tally: FuzzTally, typist: CollabClient): Promise<void> {
    const url = `${server.wsUrl}/collab/${docName}?token=${offender.token}`;
    let peer = await RawCollabPeer.open(url);
    await fc.assert(
      fc.asyncProperty(hostileFrame(MAX_FRAME_BYTES), async (frame: HostileFrame) => {
        tally.count(frame.kind);
        typist.text.insert(typist.text.length, `<${tally.total}>`);
        if (peer.closed) peer = await RawCollabPeer.open(url);
        const outcome = await peer.send(frame.bytes);
        const expected = expectedClose(frame.bytes, MAX_FRAME_BYTES, isWriter);
        if (expected !== null) expect(outcome).toEqual({ alive: false, code: expected });
        else if (!outcome.alive) expect(outcome.code).toBe(CollabCloseCode.Malformed);
      }),
      { numRuns: RUNS_PER_OFFENDER },
    );
    peer.close();
  }

  /** A fresh note shared with the offender, two good clients on it, and the fuzz run done. */
  async function fuzzedNote(offender: TestUser, access: 'read' | 'write'): Promise<{ typist: CollabClient; watcher: CollabClient; tally: FuzzTally }> {
    const note = await createNote(server.url, owner, `Fuzz by a ${access} offender`);
    docName = note.docName;
    await shareNote(server.url, owner, note.id, offender.user.email, access);
    const [typist, watcher] = await goodClients();
    const tally = new FuzzTally(`collab frames, ${access === 'read' ? 'read-only' : 'writing'} offender`);
    await fuzzAs(offender, access === 'write', tally, typist);
    tally.print();
    return { typist, watcher, tally };
  }

  it('closes a read-only offender on every malformed frame and stores none of its writes', async () => {
    const { typist, watcher, tally } = await fuzzedNote(reader, 'read');

    const expected = Array.from({ length: tally.total }, (_, i) => `<${i + 1}>`).join('');
    await waitFor(() => watcher.text.toString() === expected, 'the second good client to see every edit');
    expect(typist.closeEvents).toEqual([]);
    expect(watcher.closeEvents).toEqual([]);
    const stored = await storedDoc(server, docName);
    expect(stored.getText('content').toString()).toBe(expected);
    // Nothing the reader sent reached the store: only the typist's client ever wrote.
    expect([...Y.decodeStateVector(Y.encodeStateVector(stored)).keys()]).toEqual([typist.doc.clientID]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('keeps a writing offender’s accepted frames consistent for every client and the store', async () => {
    const { typist, watcher, tally } = await fuzzedNote(writer, 'write');

    const live = await server.app.registry.read(docName, (shared) => contentOf(shared.doc));
    await waitFor(() => JSON.stringify(contentOf(watcher.doc)) === JSON.stringify(live), 'the second good client to converge');
    await waitFor(() => JSON.stringify(contentOf(typist.doc)) === JSON.stringify(live), 'the typist to converge');
    expect(typist.closeEvents).toEqual([]);
    expect(contentOf(await storedDoc(server, docName))).toEqual(live);
    for (let i = 1; i <= tally.total; i += 1) expect(typist.text.toString()).toContain(`<${i}>`);
  });

  it('refuses hostile document names at the upgrade with 400, 401 or 403, never a server error', async () => {
    const tally = new FuzzTally('collab upgrade paths');
    const name = fc.oneof(
      fc.string({ maxLength: 80 }).map(encodeURIComponent),
      fc.string({ maxLength: 80 }),
      fc.constantFrom('%', '%E0%A4%A', 'note:%00', 'note:..%2F..%2Fetc', 'dossier:{"$gt":""}', `note:${'a'.repeat(4000)}`, '__proto__:x', 'constructor:1'),
    );
    await fc.assert(
      fc.asyncProperty(name, fc.boolean(), async (docPath, signedIn) => {
        tally.count(signedIn ? 'signed in' : 'signed out');
        const status = await upgradeStatus(`${server.wsUrl}/collab/${docPath.replace(/[#?]/g, '')}${signedIn ? `?token=${owner.token}` : ''}`).catch((error: Error) => {
          // The ws client itself refuses some URLs before sending anything; the server never saw those.
          if (error instanceof SyntaxError) return 400;
          throw error;
        });
        expect([400, 401, 403, 404]).toContain(status);
      }),
      { numRuns: 200 },
    );
    tally.print();
  });

  it('does not allocate what a frame merely declares: 200 frames claiming gigabytes', async () => {
    const note = await createNote(server.url, owner, 'Huge lengths');
    docName = note.docName;
    const [typist, watcher] = await goodClients();
    const url = `${server.wsUrl}/collab/${docName}?token=${owner.token}`;
    const before = process.memoryUsage();
    for (let i = 0; i < HUGE_LENGTH_FRAMES; i += 1) {
      const peer = await RawCollabPeer.open(url);
      // type 0 (sync), 2 (update), then a varint declaring 2^31 + i bytes that never come.
      const frame = Uint8Array.from([0, 2, 0x80 | (i & 0x7f), 0x80, 0x80, 0x80, 0x08, 1, 2, 3]);
      expect(await peer.send(frame)).toEqual({ alive: false, code: CollabCloseCode.Malformed });
    }
    const after = process.memoryUsage();
    process.stdout.write(`fuzz collab huge lengths: ${HUGE_LENGTH_FRAMES} frames declaring ≥ 2 GiB each\n`);
    // Declared total is ~400 GiB; the process grew by at most a few megabytes of ordinary garbage.
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 * 1024 * 1024);
    expect(after.rss - before.rss).toBeLessThan(256 * 1024 * 1024);
    typist.text.insert(0, 'still here');
    await waitFor(() => watcher.text.toString() === 'still here', 'the document to keep syncing');
  });
});
