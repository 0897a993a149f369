// Targeted forgeries on the collaboration socket by someone allowed to write: claiming another
// writer's client id, or pre-empting the clocks that writer will use next, must never make the
// server drop that writer's edits (the document would silently diverge from their screen), and
// presence sent under their id must not rename or erase their caret. The victims are present, as
// every writer in the app is (the editor's caret announces its client id).
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CollabMessage } from '../../shared/protocol.ts';
import { createNote, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { syncFrame } from './collab-frames.ts';
import { storedDoc } from './stored-doc.ts';
import { RawCollabPeer } from './ws-probe.ts';

/** An update written under `clientId`, from clock 0, that continues after what the victim wrote. */
function updateAs(clientId: number, victimText: string, evil: string): Uint8Array {
  const forged = new Y.Doc();
  forged.clientID = clientId;
  forged.getText('content').insert(0, victimText + evil);
  return Y.encodeStateAsUpdate(forged);
}

/** A presence update speaking for `clientId`: a fake name, or null to erase it. */
function presenceFrame(clientId: number, state: Record<string, unknown> | null, clock: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessage.Awareness);
  const entry = encoding.createEncoder();
  encoding.writeVarUint(entry, 1);
  encoding.writeVarUint(entry, clientId);
  encoding.writeVarUint(entry, clock);
  encoding.writeVarString(entry, JSON.stringify(state));
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(entry));
  return encoding.toUint8Array(encoder);
}

describe('collaboration forgeries by a writer', () => {
  let server: TestServer;
  let owner: TestUser;
  let mallory: TestUser;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    [owner, mallory] = await Promise.all([registerUser(server.url, 'Owner'), registerUser(server.url, 'Mallory')]);
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });

  async function sharedNote(): Promise<{ docName: string; victim: CollabClient; watcher: CollabClient }> {
    const note = await createNote(server.url, owner);
    await shareNote(server.url, owner, note.id, mallory.user.email, 'write');
    const victim = connectClient(server.wsUrl, note.docName, { token: owner.token, savedNotices: true });
    const watcher = connectClient(server.wsUrl, note.docName, { token: owner.token });
    clients.push(victim, watcher);
    await Promise.all([victim.synced(), watcher.synced()]);
    // Present, as the editor's caret makes every writer: its awareness carries its client id.
    victim.provider.awareness.setLocalStateField('user', { name: 'Owner' });
    await waitFor(() => server.app.registry.read(note.docName, (shared) => shared.awareness.getStates().has(victim.doc.clientID)), 'the victim’s presence');
    return { docName: note.docName, victim, watcher };
  }

  /** The victim keeps typing; every client and the store must end with exactly its text. */
  async function expectVictimIntact(docName: string, victim: CollabClient, watcher: CollabClient, expected: string): Promise<void> {
    victim.text.insert(victim.text.length, ' world');
    await waitFor(() => watcher.text.toString() === `${expected} world`, 'the victim’s next edit to reach the others');
    await waitFor(() => victim.isSaved(), 'the victim’s edits to be stored');
    expect((await storedDoc(server, docName)).getText('content').toString()).toBe(`${expected} world`);
  }

  for (const [label, syncType] of [['an update', syncProtocol.messageYjsUpdate], ['its first sync step 2', syncProtocol.messageYjsSyncStep2]] as const) {
    it(`refuses ${label} that pre-empts another writer's next clocks`, async () => {
      const { docName, victim, watcher } = await sharedNote();
      victim.text.insert(0, 'hello');
      await waitFor(() => watcher.text.toString() === 'hello', 'the victim’s first edit');
      const raw = await RawCollabPeer.open(`${server.wsUrl}/collab/${docName}?token=${mallory.token}`);
      const outcome = await raw.send(syncFrame(syncType, updateAs(victim.doc.clientID, 'hello', 'EVIL')));
      raw.close();
      expect(outcome).toEqual({ alive: false, code: 4400 });
      await expectVictimIntact(docName, victim, watcher, 'hello');
    });
  }

  it('refuses a writer claiming a client id another person announced before writing with it', async () => {
    const { docName, victim, watcher } = await sharedNote();
    // The victim is present but has not typed yet.
    const raw = await RawCollabPeer.open(`${server.wsUrl}/collab/${docName}?token=${mallory.token}`);
    const outcome = await raw.send(syncFrame(syncProtocol.messageYjsUpdate, updateAs(victim.doc.clientID, '', 'EVIL')));
    raw.close();
    expect(outcome).toEqual({ alive: false, code: 4400 });
    victim.text.insert(0, 'hello');
    await expectVictimIntact(docName, victim, watcher, 'hello');
    expect(victim.closeEvents).toEqual([]);
  });

  it('ignores presence sent under someone else’s client id: their caret is neither renamed nor erased', async () => {
    const { docName, victim, watcher } = await sharedNote();
    const victimName = () => (watcher.provider.awareness.getStates().get(victim.doc.clientID) as { user?: { name: string } } | undefined)?.user?.name;
    await waitFor(() => victimName() === 'Owner', 'the victim’s presence at the watcher');
    const raw = await RawCollabPeer.open(`${server.wsUrl}/collab/${docName}?token=${mallory.token}`);
    expect(await raw.send(presenceFrame(victim.doc.clientID, { user: { name: 'Owner (Mallory)' } }, 1000))).toEqual({ alive: true });
    expect(await raw.send(presenceFrame(victim.doc.clientID, null, 1001))).toEqual({ alive: true });
    // Mallory's own presence still goes through, so the frames above were handled and dropped.
    expect(await raw.send(presenceFrame(4242, { user: { name: 'Mallory' } }, 1))).toEqual({ alive: true });
    await waitFor(() => watcher.provider.awareness.getStates().has(4242), 'Mallory’s own presence');
    raw.close();
    expect(victimName()).toBe('Owner');
  });
});
