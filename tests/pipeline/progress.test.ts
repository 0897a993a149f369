// Progress derived on the server from board and dossier edits made through real y-websocket
// clients: terms agreed / total, blocked, overdue, sections filled, pushed to the deal room.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findTerm } from '../../shared/deal-docs.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { DealProgress } from '../../shared/schemas/pipeline.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { openDealWith } from '../deals/deal-cast.ts';
import { call, Peers, record, sectionText, setTermStatus, startDealServer, termsOf } from '../deals/deal-helpers.ts';

describe('progress derived from the documents', () => {
  let server: TestServer;
  let owner: TestUser;
  let party: TestUser;
  let manager: TestUser;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer({ progressDelayMs: 20 });
    [owner, party, manager] = await Promise.all(['Owner Olu', 'Party Pan', 'Manager Mak'].map((name) => registerUser(server.url, name)));
  });
  afterEach(() => peers.closeAll());
  afterAll(() => server.close());

  async function progressOf(dealId: string): Promise<DealProgress> {
    return (await call<DealDetail>(server.url, manager, 'GET', `/api/deals/${dealId}`)).body.pipeline.progress;
  }

  it('counts the template as soon as the deal opens', async () => {
    const deal = await openDealWith(server, owner, { manager });
    await waitFor(async () => (await progressOf(deal.id)).termsTotal > 0, 'the template to be counted');
    const progress = await progressOf(deal.id);
    expect(progress).toMatchObject({ termsAgreed: 0, termsBlocked: 0, termsOverdue: 0, sectionsFilled: 0 });
    expect(progress.sectionsTotal).toBeGreaterThan(0);
  });

  it('recounts agreed, blocked and overdue terms and filled sections as parties edit', async () => {
    const deal = await openDealWith(server, owner, { party, manager });
    const watching = await peers.socket(manager, deal.id);
    const pushed = record(watching, 'deal:progress-updated');
    const board = await peers.doc(party, `board:${deal.id}`);
    const dossier = await peers.doc(party, `dossier:${deal.id}`);
    const [first, second, third] = termsOf(board.doc);
    const total = termsOf(board.doc).length;

    setTermStatus(board.doc, first.id, 'agreed');
    setTermStatus(board.doc, second.id, 'blocked');
    findTerm(board.doc, third.id)?.set('due', '2020-01-31');
    sectionText(dossier.doc, 'overview').insert(0, '深圳無人機製造商尋找歐盟分銷商');

    const expected = { termsTotal: total, termsAgreed: 1, termsBlocked: 1, termsOverdue: 1, sectionsFilled: 1 };
    await waitFor(() => pushed.some((event) => event.dealId === deal.id && expect.objectContaining(expected).asymmetricMatch(event.progress)), 'the recount to be pushed');
    expect(await progressOf(deal.id)).toMatchObject(expected);

    setTermStatus(board.doc, third.id, 'agreed');
    await waitFor(async () => (await progressOf(deal.id)).termsAgreed === 2, 'the second agreement');
    expect(await progressOf(deal.id)).toMatchObject({ termsAgreed: 2, termsOverdue: 0 });
  });

  it('never takes figures from a client: writing a fake count into the board changes nothing', async () => {
    const deal = await openDealWith(server, owner, { party, manager });
    const board = await peers.doc(party, `board:${deal.id}`);
    await waitFor(async () => (await progressOf(deal.id)).termsTotal > 0, 'the first count');
    const before = await progressOf(deal.id);
    board.doc.getMap('progress').set('termsAgreed', 99);
    board.doc.getMap('meta').set('termsAgreed', 99);
    await waitFor(async () => (await progressOf(deal.id)).lastActivityAt !== before.lastActivityAt, 'the edit to be seen');
    expect(await progressOf(deal.id)).toMatchObject({ termsAgreed: 0, termsTotal: before.termsTotal });
  });
});
