import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AuthorshipLog, type DocChange } from '../../server/collab/index.ts';
import { CollabCloseCode } from '../../shared/protocol.ts';
import { createNote, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';

describe('authorship and server-side edits', () => {
  let server: TestServer;
  let owner: TestUser;
  let guest: TestUser;
  let docName: string;
  const clients: CollabClient[] = [];

  function client(user: TestUser, noReconnect = false): CollabClient {
    const created = connectClient(server.wsUrl, docName, { token: user.token, savedNotices: true, noReconnect });
    clients.push(created);
    return created;
  }

  beforeEach(async () => {
    server = await startTestServer();
    owner = await registerUser(server.url, 'Owner');
    guest = await registerUser(server.url, 'Guest');
    const note = await createNote(server.url, owner);
    docName = note.docName;
    await shareNote(server.url, owner, note.id, guest.user.email, 'write');
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  it('attributes each Yjs client id to the user who wrote with it, and logs edits per user', async () => {
    const a = client(owner);
    const b = client(guest);
    await Promise.all([a.synced(), b.synced()]);
    a.text.insert(0, 'owner text ');
    b.text.insert(0, 'guest text ');
    await waitFor(() => a.isSaved() && b.isSaved() && a.text.length === 22, 'both edits saved');
    const shared = await server.app.registry.find(docName);
    expect(shared?.authorOfClient(a.doc.clientID)).toBe(owner.user.id);
    expect(shared?.authorOfClient(b.doc.clientID)).toBe(guest.user.id);
    const log = new AuthorshipLog(server.store);
    await waitFor(async () => new Set((await log.listEdits(docName)).map((edit) => edit.userId)).size === 2, 'edit log for both users');
    expect((await log.loadAuthors(docName)).get(b.doc.clientID)).toBe(guest.user.id);
  });

  it('cuts off a writer who sends updates under another user’s client id', async () => {
    const a = client(owner);
    await a.synced();
    a.text.insert(0, 'genuine');
    await waitFor(() => a.isSaved(), 'owner edit saved');

    const forger = client(guest, true);
    await forger.synced();
    // A valid continuation of the owner's edits under the owner's client id: without the guard
    // the server would apply it. (Applying the owner's state locally would make Yjs pick a new id.)
    const forged = new Y.Doc();
    forged.clientID = a.doc.clientID;
    forged.getText('content').insert(0, 'genuine');
    const before = Y.encodeStateVector(forged);
    forged.getText('content').insert(7, ' FORGED');
    Y.applyUpdate(forger.doc, Y.encodeStateAsUpdate(forged, before));
    await waitFor(() => forger.closeEvents.includes(CollabCloseCode.Malformed), 'forger to be disconnected');
    await quietFor(50, 'a relayed forgery would have reached the owner');
    expect(a.text.toString()).toBe('genuine');
  });

  it('relays and stores a server-side edit, and tells observers who made it', async () => {
    const seen: DocChange[] = [];
    const stop = server.app.registry.onChange((change) => seen.push(change));
    const a = client(owner);
    await a.synced();
    await server.app.registry.edit(docName, owner.user, (shared) => shared.doc.getText('content').insert(0, 'restored version'));
    await waitFor(() => a.text.toString() === 'restored version', 'server edit to reach the client');
    expect(seen.at(-1)?.author?.id).toBe(owner.user.id);
    stop();
    a.destroy();
    clients.length = 0;
    await waitFor(() => server.app.registry.openCount === 0, 'document unloaded');
    const text = await server.app.registry.read(docName, (shared) => shared.doc.getText('content').toString());
    expect(text).toBe('restored version');
  });
});
