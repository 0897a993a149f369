// Pipeline notifications through the app's notification center: a stage proposal reaches the
// owner and managers, a move every member but the mover, a newly blocked term every member but
// its editor; nobody outside the deal hears of it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationPage } from '../../shared/schemas/notifications.ts';
import type { TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { openDealWith, registerDealCast } from '../deals/deal-cast.ts';
import { call, Peers, setTermStatus, startDealServer, termsOf } from '../deals/deal-helpers.ts';

describe('pipeline notifications', () => {
  let server: TestServer;
  let owner: TestUser;
  let party: TestUser;
  let adviser: TestUser;
  let manager: TestUser;
  let outsider: TestUser;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer({ progressDelayMs: 20 });
    ({ owner, party, adviser, manager, outsider } = await registerDealCast(server));
  });
  afterEach(() => peers.closeAll());
  afterAll(() => server.close());

  async function ofType(user: TestUser, type: string, dealId: string) {
    const page = await call<NotificationPage>(server.url, user, 'GET', `/api/notifications?type=${type}&pageSize=100`);
    return page.body.notifications.filter((notification) => notification.subject.id === dealId);
  }

  it('tells deciders of a proposal and everyone else of the move', async () => {
    const deal = await openDealWith(server, owner, { party, adviser, manager });
    const proposed = await call<{ proposal: { id: string } }>(server.url, party, 'POST', `/api/deals/${deal.id}/stage/proposals`, { to: 'nda' });
    await waitFor(async () => (await ofType(manager, 'deal.stage', deal.id)).length === 1, 'the manager to hear of the proposal');
    expect(await ofType(owner, 'deal.stage', deal.id)).toEqual([expect.objectContaining({ actor: { id: party.user.id, name: 'Party Pan' }, data: { news: 'proposed', from: 'introduced', to: 'nda' } })]);
    expect(await ofType(adviser, 'deal.stage', deal.id)).toEqual([]);
    expect(await ofType(party, 'deal.stage', deal.id)).toEqual([]);

    await call(server.url, manager, 'POST', `/api/deals/${deal.id}/stage/proposals/${proposed.body.proposal.id}/confirm`, {});
    await waitFor(async () => (await ofType(adviser, 'deal.stage', deal.id)).length === 1, 'the adviser to hear of the move');
    expect((await ofType(party, 'deal.stage', deal.id)).map((notification) => notification.data.news)).toEqual(['moved']);
    expect((await ofType(manager, 'deal.stage', deal.id)).map((notification) => notification.data.news)).toEqual(['proposed']);
    expect(await ofType(outsider, 'deal.stage', deal.id)).toEqual([]);
  });

  it('tells members but the editor when a term becomes blocked, once', async () => {
    const deal = await openDealWith(server, owner, { party, manager });
    const board = await peers.doc(party, `board:${deal.id}`);
    const [term] = termsOf(board.doc);
    setTermStatus(board.doc, term.id, 'blocked');
    await waitFor(async () => (await ofType(owner, 'term.blocked', deal.id)).length === 1, 'the owner to hear of the blocked term');
    expect((await ofType(manager, 'term.blocked', deal.id))[0]).toMatchObject({ actor: { id: party.user.id }, data: { termId: term.id, termTitle: term.title } });
    board.doc.getText('unrelated').insert(0, 'another edit');
    await quietFor(150, 'a second blocked-term notification would have been stored');
    expect(await ofType(owner, 'term.blocked', deal.id)).toHaveLength(1);
    expect(await ofType(party, 'term.blocked', deal.id)).toEqual([]);
    expect(await ofType(outsider, 'term.blocked', deal.id)).toEqual([]);
  });
});
