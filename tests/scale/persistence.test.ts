// Persistence with two instances holding the same document: each stores only what its own clients
// wrote, compaction (which merges from the store, not from one instance's memory) loses and
// duplicates nothing, and a fresh instance reading the store sees what the clients converged to.
import * as Y from 'yjs';
import { afterEach, expect, it } from 'vitest';
import { createNote, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { waitForConvergence } from '../helpers/convergence.ts';
import { waitFor } from '../helpers/wait.ts';
import { ACROSS_INSTANCES, describeWithRedis, startCluster, type TestCluster } from './cluster.ts';

interface StoredUpdate {
  _id: string;
  doc: string;
  data: string;
}

/** Seeded pseudo-random numbers, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** How many times each (client, clock) range appears across the stored log entries. */
async function storedStructCounts(cluster: TestCluster, docName: string): Promise<Map<string, number>> {
  const entries = await cluster.store.collection<StoredUpdate>('ydoc_updates').find({ doc: docName });
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const struct of Y.decodeUpdate(new Uint8Array(Buffer.from(entry.data, 'base64'))).structs) {
      const key = `${struct.id.client}:${struct.id.clock}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

describeWithRedis('persistence with several instances', () => {
  let cluster: TestCluster;
  let owner: TestUser;
  let guest: TestUser;

  async function setUp(compactAfterUpdates: number): Promise<string> {
    cluster = await startCluster(2, { compactAfterUpdates, flushDelayMs: 5 });
    owner = await registerUser(cluster.instances[0].url, 'Karen Kwok');
    guest = await registerUser(cluster.instances[0].url, 'Daniel Leung');
    const note = await createNote(cluster.instances[0].url, owner);
    await shareNote(cluster.instances[0].url, owner, note.id, guest.user.email, 'write');
    return note.docName;
  }

  afterEach(async () => {
    await cluster.close();
  });

  it('stores every edit exactly once although both instances hold the document', async () => {
    const docName = await setUp(1_000_000);
    const [a, b] = [cluster.connect(0, docName, owner), cluster.connect(1, docName, guest)];
    await Promise.all([a.synced(), b.synced()]);
    for (let round = 0; round < 20; round += 1) {
      a.text.insert(a.text.length, `a${round} `);
      b.text.insert(0, `b${round} `);
    }
    await waitForConvergence([a, b], 'both clients to converge', ACROSS_INSTANCES);
    await waitFor(() => a.isSaved() && b.isSaved(), 'both clients to be told everything is saved');
    const counts = await storedStructCounts(cluster, docName);
    expect(counts.size).toBeGreaterThan(0);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    const clientIds = new Set([...counts.keys()].map((key) => Number(key.split(':')[0])));
    expect(clientIds).toEqual(new Set([a.doc.clientID, b.doc.clientID]));
  });

  it('loses and duplicates nothing when both instances compact while clients on both edit', async () => {
    const docName = await setUp(3);
    const [a, b, c] = [cluster.connect(0, docName, owner), cluster.connect(1, docName, guest), cluster.connect(1, docName, owner)];
    await Promise.all([a.synced(), b.synced(), c.synced()]);
    const random = seeded(6);
    for (let round = 0; round < 60; round += 1) {
      const writer = [a, b, c][Math.floor(random() * 3)];
      const at = Math.floor(random() * (writer.text.length + 1));
      if (random() < 0.2 && writer.text.length > 4) writer.text.delete(at > 2 ? at - 2 : 0, 2);
      else writer.text.insert(at, `‹${round}›`);
      if (round % 3 === 0) await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await waitForConvergence([a, b, c], 'three clients on two instances to converge', ACROSS_INSTANCES);
    await waitFor(() => a.isSaved() && b.isSaved() && c.isSaved(), 'every edit to be saved');
    const expected = a.text.toString();
    cluster.disconnectAll();
    for (const instance of cluster.instances.splice(0)) await instance.close({ keepStore: true });

    const snapshot = await cluster.store.collection<{ _id: string; version: number }>('ydoc_snapshots').findOne({ _id: docName });
    expect(snapshot?.version).toBeGreaterThanOrEqual(3);
    await cluster.startAlone();
    const reader = cluster.connect(0, docName, owner);
    await reader.synced();
    expect(reader.text.toString()).toBe(expected);
    for (let round = 0; round < 60; round += 1) {
      expect(reader.text.toString().split(`‹${round}›`).length).toBeLessThanOrEqual(2);
    }
  });
});
