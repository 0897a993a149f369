// Several instances over Redis: clients of one document on different instances edit together and
// see each other's cursors, and an instance opening a document catches up with edits the store
// does not have yet.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createNote, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { waitForConvergence } from '../helpers/convergence.ts';
import { waitFor } from '../helpers/wait.ts';
import { ACROSS_INSTANCES, describeWithRedis, startCluster, type TestCluster } from './cluster.ts';

describeWithRedis('documents replicated between instances', () => {
  let cluster: TestCluster;
  let owner: TestUser;
  let guest: TestUser;

  beforeAll(async () => {
    cluster = await startCluster(3);
    owner = await registerUser(cluster.instances[0].url, 'Li Wei');
    guest = await registerUser(cluster.instances[1].url, 'Rachel Tan');
  });

  afterEach(() => cluster.disconnectAll());

  afterAll(async () => {
    await cluster.close();
  });

  async function sharedNote(): Promise<string> {
    const note = await createNote(cluster.instances[0].url, owner);
    await shareNote(cluster.instances[0].url, owner, note.id, guest.user.email, 'write');
    return note.docName;
  }

  it('relays edits between clients connected to three different instances', async () => {
    const docName = await sharedNote();
    const [a, b, c] = [cluster.connect(0, docName, owner), cluster.connect(1, docName, guest), cluster.connect(2, docName, owner)];
    await Promise.all([a.synced(), b.synced(), c.synced()]);
    a.text.insert(0, '深圳無人機 ');
    b.text.insert(0, 'Merlion Aerial ');
    c.text.insert(0, 'ASEAN ');
    await waitForConvergence([a, b, c], 'three instances to converge', ACROSS_INSTANCES);
    expect(a.text.toString()).toHaveLength('深圳無人機 Merlion Aerial ASEAN '.length);
    await waitFor(() => a.isSaved() && b.isSaved() && c.isSaved(), 'every client to be told its edits are saved');
  });

  it('shows cursors across instances and removes them when their connection ends', async () => {
    const docName = await sharedNote();
    const [a, b] = [cluster.connect(0, docName, owner), cluster.connect(1, docName, guest)];
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalStateField('user', { name: 'Li Wei' });
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Li Wei', 'the cursor to reach the other instance');
    const late = cluster.connect(2, docName, guest);
    await late.synced();
    await waitFor(() => late.provider.awareness.getStates().has(a.doc.clientID), 'an instance opening the document to learn present cursors');
    a.destroy();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'the cursor to disappear on the other instance');
  });

  it('gives an instance opening a document the edits another instance has not stored yet', async () => {
    const slow = await cluster.addInstance({ flushDelayMs: 60_000 });
    const docName = await sharedNote();
    const writer = cluster.connect(cluster.instances.indexOf(slow), docName, owner);
    await writer.synced();
    writer.text.insert(0, 'Term sheet draft v1');
    await waitFor(() => slow.app.registry.openCount > 0, 'the slow instance to hold the document');
    const reader = cluster.connect(1, docName, guest);
    await reader.synced();
    await waitFor(() => reader.text.toString() === 'Term sheet draft v1', 'the unstored edit to reach the new instance');
    const stored = await cluster.store.collection<{ _id: string; doc: string }>('ydoc_updates').find({ doc: docName });
    expect(stored).toHaveLength(0);
    await slow.close({ keepStore: true });
    cluster.instances.splice(cluster.instances.indexOf(slow), 1);
  });
});
