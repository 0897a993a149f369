// Oversize documents: a dossier that grows past the limit turns read-only for everyone, live and
// with a message saying why, until a party shrinks it again by restoring an earlier version.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sectionText as readSection } from '../../shared/deal-docs.ts';
import type { VersionSummary } from '../../shared/schemas/deals.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { Peers, addDealMember, call, openDeal, record, sectionText, startDealServer } from './deal-helpers.ts';

describe('deal document size limit', () => {
  let server: TestServer;
  let alice: TestUser;
  let bo: TestUser;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer({ maxDocBytes: 20_000 });
    [alice, bo] = await Promise.all(['Alice', 'Bo'].map((name) => registerUser(server.url, name)));
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(() => peers.closeAll());

  it('turns a dossier past the limit read-only, says so, and lets a restore bring it back', async () => {
    const deal = await openDeal(server, alice);
    await addDealMember(server, alice, deal.id, bo, 'party');
    const a = await peers.doc(alice, deal.docs.dossier);
    const b = await peers.doc(bo, deal.docs.dossier);
    const socket = await peers.socket(bo, deal.id);
    const notices = record(socket, 'deal:doc-limit-crossed');
    sectionText(a.doc, 'overview').insert(0, 'Small start.');
    await waitFor(() => a.isSaved(), 'first edit stored');
    const saved = await call<VersionSummary>(server.url, alice, 'POST', `/api/deals/${deal.id}/versions`, { doc: 'dossier', name: 'Small' });

    sectionText(a.doc, 'market').insert(0, '市場分析'.repeat(2_500));
    await waitFor(() => notices.length === 1, 'document full notice');
    expect(notices[0]).toMatchObject({ dealId: deal.id, doc: 'dossier', limit: 20_000, full: true });
    expect(notices[0].bytes).toBeGreaterThan(20_000);

    sectionText(b.doc, 'risks').insert(0, 'DROPPED');
    sectionText(a.doc, 'risks').insert(0, 'ALSO DROPPED');
    await quietFor(150, 'the dropped writes would have been applied');
    expect(await server.app.registry.read(deal.docs.dossier, (shared) => readSection(shared.doc, 'risks'))).toBe('');

    expect((await call(server.url, bo, 'POST', `/api/deals/${deal.id}/versions/${saved.body.id}/restore`)).status).toBe(200);
    await waitFor(() => notices.length === 2, 'back under the limit');
    expect(notices[1]).toMatchObject({ full: false });
    const c = await peers.doc(bo, deal.docs.dossier);
    sectionText(c.doc, 'next-steps').insert(0, 'Writable again');
    await waitFor(() => readSection(a.doc, 'next-steps') === 'Writable again', 'writes accepted again');
  });
});
