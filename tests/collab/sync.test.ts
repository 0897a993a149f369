import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollabMessage } from '../../shared/protocol.ts';
import { createNote, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { waitForConvergence } from '../helpers/convergence.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';

describe('collaboration sync', () => {
  let server: TestServer;
  let owner: TestUser;
  let docName: string;
  const clients: CollabClient[] = [];

  function client(token = owner.token): CollabClient {
    const created = connectClient(server.wsUrl, docName, { token });
    clients.push(created);
    return created;
  }

  beforeEach(async () => {
    server = await startTestServer();
    owner = await registerUser(server.url, 'Mei Ling');
    docName = (await createNote(server.url, owner)).docName;
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  it('two stock y-websocket clients converge on concurrent edits', async () => {
    const a = client();
    const b = client();
    await Promise.all([a.synced(), b.synced()]);
    a.text.insert(0, 'Hetao cooperation zone ');
    b.text.insert(0, 'Loop: ');
    await waitForConvergence([a, b], 'convergence', { and: () => a.text.length > 25 });
    expect(a.text.toString()).toContain('Hetao');
    expect(b.text.toString()).toContain('Loop: ');
  });

  it('a third client joining late receives the full state', async () => {
    const a = client();
    const b = client();
    await Promise.all([a.synced(), b.synced()]);
    for (let i = 0; i < 50; i++) (i % 2 ? a : b).text.insert(0, `${i};`);
    await waitForConvergence([a, b], 'first two to converge', { and: () => a.text.length > 100 });
    const late = client();
    await late.synced();
    await waitForConvergence([late, a], 'late joiner to match');
  });

  it('relays awareness to others and removes it when its client leaves', async () => {
    const colleague = await registerUser(server.url, 'Priya');
    await shareNote(server.url, owner, docName.slice('note:'.length), colleague.user.email, 'write');
    const a = client();
    const b = client(colleague.token);
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalStateField('user', { name: 'Mei Ling', cursor: 4 });
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Mei Ling', 'presence to reach B');
    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'presence to be cleaned up');
  });

  it('tells a client when its edits are durably stored', async () => {
    const a = connectClient(server.wsUrl, docName, { token: owner.token, savedNotices: true });
    clients.push(a);
    await a.synced();
    await waitFor(() => a.isSaved(), 'initial saved notice');
    a.text.insert(0, 'Term sheet draft');
    expect(a.isSaved()).toBe(false);
    await waitFor(() => a.isSaved(), 'saved after edit');
  });

  it('sends a Saved notice only to the clients whose own edits it covers', async () => {
    const noticesTo = (joined: CollabClient) => {
      const seen: Map<number, number>[] = [];
      const handler = joined.provider.messageHandlers[CollabMessage.Saved];
      joined.provider.messageHandlers[CollabMessage.Saved] = (...args) => {
        handler(...args);
        seen.push(joined.persisted);
      };
      return seen;
    };
    const writer = connectClient(server.wsUrl, docName, { token: owner.token, savedNotices: true });
    const reader = connectClient(server.wsUrl, docName, { token: owner.token, savedNotices: true });
    clients.push(writer, reader);
    const [toWriter, toReader] = [noticesTo(writer), noticesTo(reader)];
    await Promise.all([writer.synced(), reader.synced()]);
    await waitFor(() => toWriter.length === 1 && toReader.length === 1, 'the notice each gets on joining');
    writer.text.insert(0, 'Due diligence checklist');
    await waitFor(() => writer.isSaved() && reader.text.length > 0, 'the writer to hear it is saved');
    reader.text.insert(0, 'Reviewed: ');
    await waitFor(() => reader.isSaved(), 'the reader to hear its own edit is saved');
    // The server sends in order on each socket: a notice of the writer's edit sent to the reader would have come first.
    expect(toReader).toHaveLength(2);
    expect(toReader[1].get(writer.doc.clientID)).toBeGreaterThan(0);
  });
});
