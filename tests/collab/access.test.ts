import type WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollabCloseCode } from '../../shared/protocol.ts';
import { createNote, postJson, bearer, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { openRaw, upgradeStatus } from '../security/ws-probe.ts';

function closeCode(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.on('close', (code) => resolve(code)));
}

describe('collaboration access', () => {
  let server: TestServer;
  let owner: TestUser;
  let noteId: string;
  let docName: string;
  const clients: CollabClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ limits: { maxFrameBytes: 64 * 1024 } });
    owner = await registerUser(server.url, 'Owner');
    const note = await createNote(server.url, owner);
    noteId = note.id;
    docName = note.docName;
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  function client(token: string, savedNotices = false): CollabClient {
    const created = connectClient(server.wsUrl, docName, { token, savedNotices });
    clients.push(created);
    return created;
  }

  it('refuses an upgrade with no token, a bad token, or no access', async () => {
    const stranger = await registerUser(server.url, 'Stranger');
    expect(await upgradeStatus(`${server.wsUrl}/collab/${docName}`)).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/collab/${docName}?token=forged`)).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/collab/${docName}?token=${stranger.token}`)).toBe(403);
    expect(await upgradeStatus(`${server.wsUrl}/collab/unknown:thing?token=${owner.token}`)).toBe(403);
    expect(await upgradeStatus(`${server.wsUrl}/collab/${docName}?token=${owner.token}`)).toBe(101);
  });

  it('accepts the session cookie from our own origin but not from another site', async () => {
    const url = `${server.wsUrl}/collab/${docName}`;
    const host = new URL(server.url).host;
    expect(await upgradeStatus(url, { cookie: owner.cookie, origin: `http://${host}` })).toBe(101);
    expect(await upgradeStatus(url, { cookie: owner.cookie, origin: 'http://evil.example' })).toBe(401);
  });

  it('gives a read-only client every edit but drops its own writes', async () => {
    const reader = await registerUser(server.url, 'Adviser');
    await shareNote(server.url, owner, noteId, reader.user.email, 'read');
    const writer = client(owner.token);
    const readOnly = client(reader.token);
    await Promise.all([writer.synced(), readOnly.synced()]);
    writer.text.insert(0, 'Incoterms: FOB Shenzhen');
    await waitFor(() => readOnly.text.toString() === 'Incoterms: FOB Shenzhen', 'reader to see the edit');

    readOnly.text.insert(0, 'FORGED ');
    writer.text.insert(writer.text.length, '.');
    await waitFor(() => readOnly.text.toString().endsWith('.'), 'reader to see the next edit');
    expect(writer.text.toString()).toBe('Incoterms: FOB Shenzhen.');

    writer.destroy();
    readOnly.destroy();
    clients.length = 0;
    const shared = await server.app.registry.find(docName);
    await shared?.flush();
    const fresh = client(owner.token);
    await fresh.synced();
    expect(fresh.text.toString()).toBe('Incoterms: FOB Shenzhen.');
  });

  it('closes only the connection that sends a malformed frame; others keep syncing', async () => {
    const a = client(owner.token);
    const b = client(owner.token);
    await Promise.all([a.synced(), b.synced()]);
    const url = `${server.wsUrl}/collab/${docName}?token=${owner.token}`;

    for (const garbage of [
      Uint8Array.from([0, 2, 200, 1, 2, 3]),
      Uint8Array.from([42]),
      Uint8Array.from([]),
      Uint8Array.from([0, 9]),
    ]) {
      const raw = await openRaw(url);
      const closed = closeCode(raw);
      raw.send(garbage);
      expect(await closed).toBe(CollabCloseCode.Malformed);
    }

    a.text.insert(0, 'still alive');
    await waitFor(() => b.text.toString() === 'still alive', 'others to keep syncing');
  });

  it('closes a connection whose frame exceeds the size limit with 1009', async () => {
    const a = client(owner.token);
    await a.synced();
    const raw = await openRaw(`${server.wsUrl}/collab/${docName}?token=${owner.token}`);
    const closed = closeCode(raw);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, new Uint8Array(100 * 1024));
    raw.send(encoding.toUint8Array(encoder));
    expect(await closed).toBe(CollabCloseCode.TooLarge);
    const b = client(owner.token);
    await b.synced();
    a.text.insert(0, 'unharmed');
    await waitFor(() => b.text.toString() === 'unharmed', 'document to sync after the oversized frame');
  });

  it('cuts a client off live when its share is removed', async () => {
    const guest = await registerUser(server.url, 'Guest');
    await shareNote(server.url, owner, noteId, guest.user.email, 'write');
    const guestClient = connectClient(server.wsUrl, docName, { token: guest.token, noReconnect: true });
    clients.push(guestClient);
    await guestClient.synced();
    const response = await fetch(`${server.url}/api/notes/${noteId}/shares/${encodeURIComponent(guest.user.email)}`, {
      method: 'DELETE',
      headers: bearer(owner),
    });
    expect(response.status).toBe(200);
    await waitFor(() => guestClient.closeEvents.includes(CollabCloseCode.AccessRevoked), 'revoked close');
  });

  it('downgrades a writer to read-only live when the share changes', async () => {
    const guest = await registerUser(server.url, 'Guest');
    await shareNote(server.url, owner, noteId, guest.user.email, 'write');
    const ownerClient = client(owner.token);
    const guestClient = client(guest.token);
    await Promise.all([ownerClient.synced(), guestClient.synced()]);
    guestClient.text.insert(0, 'A');
    await waitFor(() => ownerClient.text.toString() === 'A', 'write before downgrade');
    const downgraded = await postJson(`${server.url}/api/notes/${noteId}/shares`, { email: guest.user.email, access: 'read' }, bearer(owner));
    expect(downgraded.status).toBe(200);
    guestClient.text.insert(1, 'B');
    ownerClient.text.insert(0, '>');
    await waitFor(() => guestClient.text.toString().startsWith('>'), 'owner edit to arrive');
    expect(ownerClient.text.toString()).toBe('>A');
  });
});
