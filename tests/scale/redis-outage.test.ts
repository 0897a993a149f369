// Redis going away and coming back: instances keep serving their own clients meanwhile, and once
// Redis returns they resubscribe and resync every open document, so edits made on both sides
// during the outage converge everywhere.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createNote, registerUser, shareNote, type TestUser } from '../helpers/api.ts';
import { haveConverged, waitForConvergence } from '../helpers/convergence.ts';
import { waitFor } from '../helpers/wait.ts';
import { ACROSS_INSTANCES, describeWithRedis, startCluster, type TestCluster } from './cluster.ts';

describeWithRedis('Redis going away and coming back', () => {
  let cluster: TestCluster;
  let owner: TestUser;
  let guest: TestUser;

  beforeAll(async () => {
    cluster = await startCluster(2);
    owner = await registerUser(cluster.instances[0].url, 'Grace Ho');
    guest = await registerUser(cluster.instances[0].url, 'Li Wei');
  });

  afterAll(async () => {
    await cluster.close();
  });

  it('keeps local editing live during a kill -9 of Redis and converges every document after its restart', async () => {
    const docNames: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const note = await createNote(cluster.instances[0].url, owner, `Outage note ${index}`);
      await shareNote(cluster.instances[0].url, owner, note.id, guest.user.email, 'write');
      docNames.push(note.docName);
    }
    const pairs = docNames.map((docName) => [cluster.connect(0, docName, owner), cluster.connect(0, docName, guest), cluster.connect(1, docName, guest)] as const);
    await Promise.all(pairs.flat().map((client) => client.synced()));
    pairs[0][0].text.insert(0, 'before ');
    await waitForConvergence(pairs[0], 'the first edit to cross instances', ACROSS_INSTANCES);

    await cluster.redis.kill();
    pairs.forEach(([a1, a2, b], index) => {
      a1.text.insert(a1.text.length, `A-side ${index} `);
      b.text.insert(0, `B-side ${index} `);
      a2.text.insert(0, `A2 ${index} `);
    });
    // Same instance: still live without Redis.
    await waitFor(() => pairs.every(([a1, a2]) => haveConverged([a1, a2])), 'clients of one instance to stay live');
    expect(pairs[0][2].text.toString()).not.toContain('A-side');
    await waitFor(() => pairs.every(([a1, , b]) => a1.isSaved() && b.isSaved()), 'edits to be stored during the outage');

    await cluster.redis.restart();
    for (const [index, trio] of pairs.entries()) await waitForConvergence(trio, `document ${index} to converge after Redis returned`, { ...ACROSS_INSTANCES, timeoutMs: 15_000 });
    for (const [index, [a1]] of pairs.entries()) {
      expect(a1.text.toString()).toContain(`A-side ${index}`);
      expect(a1.text.toString()).toContain(`B-side ${index}`);
    }
    const b = pairs[1][2];
    b.text.insert(0, 'after ');
    await waitForConvergence(pairs[1], 'live relaying to resume', ACROSS_INSTANCES);
  });

  it('shuts an instance down, flushed, while Redis is away (no wait for a reconnection)', async () => {
    const leaving = await cluster.addInstance();
    const note = await createNote(leaving.url, owner, 'Written just before shutdown');
    const client = cluster.connect(cluster.instances.indexOf(leaving), note.docName, owner);
    await client.synced();
    client.text.insert(0, 'kept');
    await cluster.redis.kill();
    await leaving.close({ keepStore: true });
    cluster.instances.splice(cluster.instances.indexOf(leaving), 1);
    await cluster.redis.restart();
    const reader = cluster.connect(0, note.docName, owner);
    await waitFor(() => reader.text.toString() === 'kept', 'the edit to be in the store');
  });
});
