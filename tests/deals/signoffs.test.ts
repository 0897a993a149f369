// Sign-offs of terms: a server command only a party may give, for its own organisation, on a
// proposed or agreed term; pushed live; withdrawn when the wording or status changes; never
// forgeable through the board document.
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findTerm } from '../../shared/deal-docs.ts';
import type { DealDetail, SignoffView } from '../../shared/schemas/deals.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { CERTIFIER, addMember, createOrg } from '../listings/marketplace-helpers.ts';
import { Peers, addDealMember, call, openDeal, record, setTermStatus, startDealServer, termWording, termsOf } from './deal-helpers.ts';

describe('term sign-offs', () => {
  let server: TestServer;
  let maker: TestUser;
  let certifier: TestUser;
  let adviser: TestUser;
  let manager: TestUser;
  let makerOrg: OrgView;
  let certifierOrg: OrgView;
  let deal: DealDetail;
  let termId: string;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer({ signoffCheckDelayMs: 10 });
    [maker, certifier, adviser, manager] = await Promise.all(['Maker', 'Certifier', 'Adviser', 'Manager'].map((name) => registerUser(server.url, name)));
    makerOrg = await createOrg(server.url, maker);
    certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    // The adviser belongs to the certifier's organisation yet is only an adviser in the deal.
    await addMember(server.url, certifier, certifierOrg.id, adviser);
  });

  afterAll(async () => {
    await server.close();
  });

  beforeEach(async () => {
    deal = await openDeal(server, maker, { orgIds: [makerOrg.id, certifierOrg.id] });
    await addDealMember(server, maker, deal.id, certifier, 'party', { orgId: certifierOrg.id });
    await addDealMember(server, maker, deal.id, adviser, 'adviser');
    await addDealMember(server, maker, deal.id, manager, 'manager');
    termId = await server.app.registry.read(deal.docs.board, (shared) => termsOf(shared.doc)[0].id);
  });

  afterEach(() => peers.closeAll());

  const signOff = (user: TestUser, body: Record<string, unknown> = {}, term = termId) =>
    call<SignoffView & { error?: string; message?: string }>(server.url, user, 'POST', `/api/deals/${deal.id}/terms/${term}/sign-off`, body);
  const signoffs = async () => (await call<{ signoffs: SignoffView[] }>(server.url, maker, 'GET', `/api/deals/${deal.id}/signoffs`)).body.signoffs;

  async function agreeTerm(): Promise<ReturnType<Peers['doc']>> {
    const board = peers.doc(maker, deal.docs.board);
    const client = await board;
    setTermStatus(client.doc, termId, 'agreed');
    await waitFor(() => client.isSaved(), 'status stored');
    return board;
  }

  it('refuses to sign a term that is still open with 409 and a clear message', async () => {
    const response = await signOff(maker);
    expect(response.status).toBe(409);
    expect(response.body.message).toBe('Only a proposed or agreed term can be signed off; this one is open');
  });

  it('lets each party sign for its own organisation and pushes the sign-off to the deal room', async () => {
    await agreeTerm();
    const certifierSocket = await peers.socket(certifier, deal.id);
    const signed = record(certifierSocket, 'deal:term-signed');
    const response = await signOff(maker);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ dealId: deal.id, termId, orgId: makerOrg.id, user: { id: maker.user.id, name: 'Maker' } });
    await waitFor(() => signed.length === 1, 'sign-off pushed');
    expect(signed[0]).toEqual(response.body);
    expect((await signOff(maker)).status).toBe(200);
    expect((await signOff(certifier)).status).toBe(201);
    expect((await signoffs()).map((signoff) => signoff.orgId).sort()).toEqual([makerOrg.id, certifierOrg.id].sort());
  });

  it('refuses sign-offs from advisers, managers, outsiders, for another organisation, and for unknown terms', async () => {
    await agreeTerm();
    const outsider = await registerUser(server.url, 'Outsider');
    expect((await signOff(adviser, { orgId: certifierOrg.id })).status).toBe(403);
    expect((await signOff(manager)).status).toBe(403);
    expect((await signOff(outsider)).status).toBe(404);
    expect((await signOff(maker, { orgId: certifierOrg.id })).status).toBe(403);
    expect((await signOff(certifier, { orgId: makerOrg.id })).status).toBe(403);
    expect((await signOff(maker, {}, 'no-such-term')).status).toBe(404);
    expect(await signoffs()).toEqual([]);
  });

  it('cannot be forged by writing into the board document', async () => {
    const board = await agreeTerm();
    const term = findTerm(board.doc, termId);
    term?.set('signoffs', new Y.Map([[makerOrg.id, 'signed']]));
    board.doc.getMap('signoffs').set(certifierOrg.id, true);
    await waitFor(() => board.isSaved(), 'forged fields stored as plain document content');
    expect(await signoffs()).toEqual([]);
  });

  it('withdraws every sign-off of a term whose wording changes, live, and records who changed it', async () => {
    const board = await agreeTerm();
    await signOff(maker);
    await signOff(certifier);
    const certifierSocket = await peers.socket(certifier, deal.id);
    const withdrawn = record(certifierSocket, 'deal:signoffs-withdrawn');
    const certifierBoard = await peers.doc(certifier, deal.docs.board);
    termWording(certifierBoard.doc, termId).insert(0, 'Revised: ');
    await waitFor(() => withdrawn.length === 1, 'withdrawal pushed');
    expect(withdrawn[0]).toMatchObject({ dealId: deal.id, termId, reason: 'wording-changed', by: certifier.user.id });
    expect(withdrawn[0].orgIds.sort()).toEqual([makerOrg.id, certifierOrg.id].sort());
    expect(await signoffs()).toEqual([]);
    await waitFor(() => termWording(board.doc, termId).toString().startsWith('Revised: '), 'edit reaches the other party');

    const again = await signOff(maker);
    expect(again.status).toBe(201);
    expect(again.body.wording.startsWith('Revised: ')).toBe(true);
  });

  it('keeps sign-offs through edits elsewhere on the board and withdraws them when the term is blocked', async () => {
    const board = await agreeTerm();
    await signOff(maker);
    const makerSocket = await peers.socket(maker, deal.id);
    const withdrawn = record(makerSocket, 'deal:signoffs-withdrawn');
    const otherTerm = termsOf(board.doc)[1].id;
    termWording(board.doc, otherTerm).insert(0, 'Other term edit. ');
    findTerm(board.doc, termId)?.set('order', 99_999);
    await waitFor(() => board.isSaved(), 'other edits stored');
    await quietFor(80, 'a withdrawal would have been pushed');
    expect(withdrawn).toEqual([]);
    expect(await signoffs()).toHaveLength(1);

    setTermStatus(board.doc, termId, 'blocked');
    await waitFor(() => withdrawn.length === 1, 'withdrawal on status change');
    expect(withdrawn[0]).toMatchObject({ termId, orgIds: [makerOrg.id], reason: 'status-changed' });
  });

  it('lets a party take back its own sign-off, and withdraws sign-offs of a deleted term', async () => {
    const board = await agreeTerm();
    const termTitle = await server.app.registry.read(deal.docs.board, (shared) => termsOf(shared.doc)[0].title);
    await signOff(maker);
    await signOff(certifier);
    expect((await call(server.url, certifier, 'DELETE', `/api/deals/${deal.id}/terms/${termId}/sign-off?orgId=${makerOrg.id}`)).status).toBe(403);
    expect((await call(server.url, certifier, 'DELETE', `/api/deals/${deal.id}/terms/${termId}/sign-off`)).status).toBe(204);
    expect((await signoffs()).map((signoff) => signoff.orgId)).toEqual([makerOrg.id]);
    const makerSocket = await peers.socket(maker, deal.id);
    const withdrawn = record(makerSocket, 'deal:signoffs-withdrawn');
    const terms = board.doc.getArray('terms');
    const index = terms.toArray().findIndex((entry) => entry instanceof Y.Map && entry.get('id') === termId);
    terms.delete(index, 1);
    await waitFor(() => withdrawn.length === 1, 'withdrawal on deletion');
    expect(withdrawn[0]).toMatchObject({ reason: 'term-removed', orgIds: [makerOrg.id] });
    const trail = await call<{ activity: { action: string; before?: { title?: string } }[] }>(server.url, maker, 'GET', `/api/deals/${deal.id}/activity`);
    // The term's move to Agreed is in the trail too (term-moves.test.ts); here only the sign-offs count.
    const signoffEntries = trail.body.activity.map((entry) => entry.action).filter((action) => action !== 'term.moved');
    expect(signoffEntries.slice(0, 4)).toEqual(['term.signoffs-withdrawn', 'term.unsigned', 'term.signed', 'term.signed']);
    // Trails name the term: the take-back keeps the title it had; the deleted term has none left.
    const ended = trail.body.activity.filter((entry) => entry.action === 'term.unsigned' || entry.action === 'term.signoffs-withdrawn');
    expect(termTitle).toMatch(/\S/);
    expect(ended.map((entry) => entry.before?.title)).toEqual([undefined, termTitle]);
  });
});
