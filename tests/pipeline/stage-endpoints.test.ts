// Stage commands over REST with real roles: parties propose, owners and managers confirm, reject
// or move; illegal moves and wrong roles are refused; history, activity and live events follow.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityPage } from '../../shared/schemas/activity.ts';
import type { DealDetail, DealView } from '../../shared/schemas/deals.ts';
import type { DealPipelineView } from '../../shared/schemas/pipeline.ts';
import type { TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { openDealWith, registerDealCast } from '../deals/deal-cast.ts';
import { call, Peers, record, startDealServer } from '../deals/deal-helpers.ts';

describe('stage endpoints', () => {
  let server: TestServer;
  let owner: TestUser;
  let party: TestUser;
  let adviser: TestUser;
  let manager: TestUser;
  let outsider: TestUser;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer();
    ({ owner, party, adviser, manager, outsider } = await registerDealCast(server));
  });
  afterEach(() => peers.closeAll());
  afterAll(() => server.close());

  const dealWithEveryone = () => openDealWith(server, owner, { party, adviser, manager });
  const propose = (user: TestUser, dealId: string, body: Record<string, unknown>) => call<DealPipelineView>(server.url, user, 'POST', `/api/deals/${dealId}/stage/proposals`, body);
  const decide = (user: TestUser, dealId: string, pid: string, decision: string, body: Record<string, unknown> = {}) =>
    call<DealPipelineView>(server.url, user, 'POST', `/api/deals/${dealId}/stage/proposals/${pid}/${decision}`, body);
  const move = (user: TestUser, dealId: string, body: Record<string, unknown>) => call<DealPipelineView>(server.url, user, 'POST', `/api/deals/${dealId}/stage`, body);

  it('a party proposes, the manager confirms, and the history names both', async () => {
    const deal = await dealWithEveryone();
    const proposed = await propose(party, deal.id, { to: 'nda', note: 'NDA drafts exchanged' });
    expect(proposed.status).toBe(201);
    expect(proposed.body.proposal).toMatchObject({ from: 'introduced', to: 'nda', note: 'NDA drafts exchanged', proposedBy: { id: party.user.id, name: 'Party Pan' } });
    expect(proposed.body.stage).toBe('introduced');
    const confirmed = await decide(manager, deal.id, proposed.body.proposal!.id, 'confirm');
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ stage: 'nda', proposal: null });
    const detail = await call<DealDetail>(server.url, adviser, 'GET', `/api/deals/${deal.id}`);
    expect(detail.body.stage).toBe('nda');
    expect(detail.body.pipeline.history).toEqual([
      expect.objectContaining({ from: 'introduced', to: 'nda', proposedBy: { id: party.user.id, name: 'Party Pan' }, confirmedBy: { id: manager.user.id, name: 'Manager Mak' }, note: 'NDA drafts exchanged' }),
    ]);
    expect(Date.parse(detail.body.pipeline.history[0].at)).toBeGreaterThan(Date.parse(deal.createdAt) - 1);
  });

  it('keeps one proposal pending at a time, and the owner may reject it', async () => {
    const deal = await dealWithEveryone();
    const first = await propose(party, deal.id, { to: 'nda' });
    const second = await propose(party, deal.id, { to: 'closed-lost', reason: 'Changed our minds' });
    expect(second.status).toBe(409);
    expect((second.body as unknown as { message: string }).message).toMatch(/already waiting/);
    const rejected = await decide(owner, deal.id, first.body.proposal!.id, 'reject', { note: 'Not signed yet' });
    expect(rejected.body).toMatchObject({ stage: 'introduced', proposal: null, history: [] });
    expect((await decide(owner, deal.id, first.body.proposal!.id, 'confirm')).status).toBe(404);
    expect((await propose(party, deal.id, { to: 'nda' })).status).toBe(201);
  });

  it('refuses wrong roles with 403 and outsiders with 404', async () => {
    const deal = await dealWithEveryone();
    expect((await propose(adviser, deal.id, { to: 'nda' })).status).toBe(403);
    expect((await move(party, deal.id, { to: 'nda' })).status).toBe(403);
    expect((await move(adviser, deal.id, { to: 'nda' })).status).toBe(403);
    const pending = await propose(party, deal.id, { to: 'nda' });
    expect((await decide(party, deal.id, pending.body.proposal!.id, 'confirm')).status).toBe(403);
    expect((await propose(outsider, deal.id, { to: 'nda' })).status).toBe(404);
    expect((await move(outsider, deal.id, { to: 'nda' })).status).toBe(404);
    expect((await call<DealDetail>(server.url, owner, 'GET', `/api/deals/${deal.id}`)).body.stage).toBe('introduced');
  });

  it('refuses illegal moves with 409 and a missing closing reason with 400', async () => {
    const deal = await dealWithEveryone();
    const skipped = await move(owner, deal.id, { to: 'negotiation' });
    expect(skipped.status).toBe(409);
    expect((skipped.body as unknown as { message: string }).message).toBe('A deal cannot move from introduced to negotiation');
    expect((await move(owner, deal.id, { to: 'closed-won', reason: 'Too early' })).status).toBe(409);
    expect((await move(owner, deal.id, { to: 'closed-lost' })).status).toBe(400);
    expect((await move(owner, deal.id, { to: 'somewhere' })).status).toBe(400);
    expect((await propose(party, deal.id, { to: 'agreed' })).status).toBe(409);
    expect((await call<DealDetail>(server.url, owner, 'GET', `/api/deals/${deal.id}`)).body.pipeline.history).toEqual([]);
  });

  it('walks the whole pipeline, closes with a reason, and reopens only to where it closed from', async () => {
    const deal = await dealWithEveryone();
    for (const to of ['nda', 'due-diligence', 'negotiation', 'agreed']) expect((await move(manager, deal.id, { to })).status).toBe(200);
    const closed = await move(owner, deal.id, { to: 'closed-won', reason: 'Supply agreement signed in Qianhai' });
    expect(closed.body).toMatchObject({ stage: 'closed-won', closedFrom: 'agreed' });
    expect(closed.body.history.at(-1)).toMatchObject({ from: 'agreed', to: 'closed-won', reason: 'Supply agreement signed in Qianhai' });
    expect((await propose(party, deal.id, { to: 'agreed' })).status).toBe(409);
    expect((await move(owner, deal.id, { to: 'negotiation' })).status).toBe(409);
    const reopened = await move(manager, deal.id, { to: 'agreed', note: 'Signature withdrawn' });
    expect(reopened.body).toMatchObject({ stage: 'agreed', closedFrom: null });
    expect(reopened.body.history.map((entry) => entry.to)).toEqual(['nda', 'due-diligence', 'negotiation', 'agreed', 'closed-won', 'agreed']);
  });

  it('a direct move supersedes a pending proposal, and a stale proposal cannot be confirmed', async () => {
    const deal = await dealWithEveryone();
    const pending = await propose(party, deal.id, { to: 'nda' });
    const moved = await move(owner, deal.id, { to: 'closed-lost', reason: 'Buyer chose a local supplier' });
    expect(moved.body).toMatchObject({ stage: 'closed-lost', proposal: null });
    expect((await decide(manager, deal.id, pending.body.proposal!.id, 'confirm')).status).toBe(404);
  });

  it('records every stage command in the activity trail and pushes it to the deal room', async () => {
    const deal = await dealWithEveryone();
    const socket = await peers.socket(adviser, deal.id);
    const updates = record(socket, 'deal:updated');
    const proposals = record(socket, 'deal:stage-proposal-updated');
    const pending = await propose(party, deal.id, { to: 'nda' });
    await waitFor(() => proposals.length === 1, 'the proposal to reach the room');
    expect(proposals[0].proposal).toMatchObject({ to: 'nda' });
    await decide(owner, deal.id, pending.body.proposal!.id, 'confirm');
    await waitFor(() => updates.some((view: DealView) => view.stage === 'nda') && proposals.length === 2, 'the move to reach the room');
    expect(proposals[1].proposal).toBeNull();
    const trail = await call<ActivityPage>(server.url, party, 'GET', `/api/deals/${deal.id}/activity?pageSize=2`);
    expect(trail.body.activity.map((entry) => entry.action)).toEqual(['deal.stage-changed', 'deal.stage-proposed']);
    expect(trail.body.activity[0]).toMatchObject({ actor: { id: owner.user.id }, before: { stage: 'introduced' }, after: { stage: 'nda', proposedBy: party.user.id } });
  });

  it('lets exactly one of two simultaneous confirmations win', async () => {
    const deal = await dealWithEveryone();
    const pending = await propose(party, deal.id, { to: 'nda' });
    const results = await Promise.all([decide(owner, deal.id, pending.body.proposal!.id, 'confirm'), decide(manager, deal.id, pending.body.proposal!.id, 'confirm')]);
    const statuses = results.map((result) => result.status).sort();
    expect(statuses[0]).toBe(200);
    expect([404, 409]).toContain(statuses[1]);
    const detail = await call<DealDetail>(server.url, owner, 'GET', `/api/deals/${deal.id}`);
    expect(detail.body.pipeline.history).toHaveLength(1);
  });
});
