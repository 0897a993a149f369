// Deal rooms across instances: removing a member on one instance cuts their document socket on
// another, and a dossier grown past the size limit through one instance turns read-only on all.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { sectionText as readSection } from '../../shared/deal-docs.ts';
import { CollabCloseCode } from '../../shared/protocol.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { addDealMember, call, joinDeal, openDeal, record, sectionText, type AppSocket } from '../deals/deal-helpers.ts';
import { describeWithRedis, startCluster, type TestCluster } from './cluster.ts';

const MAX_DOC_BYTES = 20_000;

describeWithRedis('deal rooms across instances', () => {
  let cluster: TestCluster;
  let alice: TestUser;
  let bo: TestUser;
  const sockets: AppSocket[] = [];
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster(2, {}, { maxDocBytes: MAX_DOC_BYTES, autoVersionQuietMs: 60 * 60_000 });
    [alice, bo] = await Promise.all(['Alice', 'Bo'].map((name) => registerUser(cluster.instances[0].url, name)));
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    for (const client of clients.splice(0)) client.destroy();
  });

  afterAll(async () => {
    await cluster.close();
  });

  async function dossierClient(instance: number, user: TestUser, docName: string): Promise<CollabClient> {
    const client = connectClient(cluster.instances[instance].wsUrl, docName, { token: user.token, noReconnect: true });
    clients.push(client);
    await client.synced();
    return client;
  }

  it('cuts a removed member\'s dossier socket on another instance at once', async () => {
    const [first] = cluster.instances;
    const deal = await openDeal(first, alice);
    await addDealMember(first, alice, deal.id, bo, 'party');
    const client = await dossierClient(1, bo, deal.docs.dossier);
    const response = await call(first.url, alice, 'DELETE', `/api/deals/${deal.id}/members/${bo.user.id}`);
    expect(response.status).toBeLessThan(300);
    await waitFor(() => client.closeEvents.includes(CollabCloseCode.AccessRevoked), 'the socket on the other instance to be cut');
  });

  it('turns a dossier grown through one instance read-only for writers on the other', async () => {
    const [first, second] = cluster.instances;
    const deal = await openDeal(first, alice);
    await addDealMember(first, alice, deal.id, bo, 'party');
    const writer = await dossierClient(0, alice, deal.docs.dossier);
    const other = await dossierClient(1, bo, deal.docs.dossier);
    const socket = await joinDeal(second, bo, deal.id);
    sockets.push(socket);
    const notices = record(socket, 'deal:doc-limit-crossed');

    sectionText(writer.doc, 'market').insert(0, '市場分析'.repeat(2_500));
    await waitFor(() => notices.length === 1, 'the full notice on the other instance');
    expect(second.app.registry.flags.has(deal.docs.dossier, 'full')).toBe(true);
    sectionText(other.doc, 'risks').insert(0, 'DROPPED');
    await quietFor(200, 'the dropped write would have been applied on either instance');
    for (const instance of cluster.instances) {
      expect(await instance.app.registry.read(deal.docs.dossier, (shared) => readSection(shared.doc, 'risks'))).toBe('');
    }
  });
});
