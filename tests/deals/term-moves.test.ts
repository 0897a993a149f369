// A term moving between status columns on the board is in the deal's activity trail, attributed
// to whoever's update moved it, through a real y-websocket client and the real store.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityView } from '../../shared/schemas/activity.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { createOrg } from '../listings/marketplace-helpers.ts';
import { Peers, call, openDeal, setTermStatus, startDealServer, termWording, termsOf } from './deal-helpers.ts';

describe('term moves in the deal trail', () => {
  let server: TestServer;
  let maker: TestUser;
  let deal: DealDetail;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer({ progressDelayMs: 20 });
    maker = await registerUser(server.url, 'Karen');
    const org = await createOrg(server.url, maker);
    deal = await openDeal(server, maker, { orgIds: [org.id] });
  });

  afterAll(async () => {
    await server.close();
  });

  afterEach(() => peers.closeAll());

  const moves = async () =>
    (await call<{ activity: ActivityView[] }>(server.url, maker, 'GET', `/api/deals/${deal.id}/activity`)).body.activity.filter((entry) => entry.action === 'term.moved');

  it('records each move once, with the term, both columns and who moved it', async () => {
    const board = await peers.doc(maker, deal.docs.board);
    const [first, second] = termsOf(board.doc);
    setTermStatus(board.doc, first.id, 'agreed');
    await waitFor(async () => (await moves()).length === 1, 'the first move in the trail');
    setTermStatus(board.doc, second.id, 'blocked');
    setTermStatus(board.doc, first.id, 'proposed');
    await waitFor(async () => (await moves()).length === 3, 'both later moves in the trail');
    const trail = await moves();
    expect(trail.map((entry) => ({ actor: entry.actor?.name, before: entry.before, after: entry.after }))).toEqual(
      expect.arrayContaining([
        { actor: 'Karen', before: { status: 'open' }, after: { termId: first.id, title: first.title, status: 'agreed' } },
        { actor: 'Karen', before: { status: 'agreed' }, after: { termId: first.id, title: first.title, status: 'proposed' } },
        { actor: 'Karen', before: { status: 'open' }, after: { termId: second.id, title: second.title, status: 'blocked' } },
      ]),
    );
    // Rewording a term moves nothing and adds no entry.
    termWording(board.doc, second.id).insert(0, 'Revised: ');
    await waitFor(() => board.isSaved(), 'the rewording stored');
    await quietFor(200, 'a recount after the rewording');
    expect(await moves()).toHaveLength(3);
  });
});
