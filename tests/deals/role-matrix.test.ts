// Who may do what in a deal room, over the collaboration socket and Socket.IO: parties write,
// advisers' and managers' writes are dropped (until a party grants an adviser edit), outsiders are
// refused, and a removed member is cut off live from the documents and the deal's room.
// The full matrix (every role × every endpoint kind) is tests/security/authz-matrix.test.ts.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sectionText as readSection } from '../../shared/deal-docs.ts';
import { CollabCloseCode } from '../../shared/protocol.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { openDealWith, registerDealCast } from './deal-cast.ts';
import { Peers, addDealMember, call, record, sectionText, startDealServer, termWording, termsOf } from './deal-helpers.ts';
import { upgradeStatus } from '../security/ws-probe.ts';

describe('deal-room role matrix', () => {
  let server: TestServer;
  let owner: TestUser;
  let party: TestUser;
  let adviser: TestUser;
  let manager: TestUser;
  let outsider: TestUser;
  let deal: DealDetail;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer();
    ({ owner, party, adviser, manager, outsider } = await registerDealCast(server));
  });

  afterAll(async () => {
    await server.close();
  });

  beforeEach(async () => {
    deal = await openDealWith(server, owner, { party, adviser, manager });
  });

  afterEach(() => peers.closeAll());

  it('refuses outsiders and unknown deals at the collaboration upgrade, admits every member', async () => {
    const url = (user: TestUser, doc: string) => `${server.wsUrl}/collab/${doc}?token=${user.token}`;
    for (const doc of [deal.docs.dossier, deal.docs.board]) {
      expect(await upgradeStatus(url(outsider, doc))).toBe(403);
      for (const member of [owner, party, adviser, manager]) expect(await upgradeStatus(url(member, doc))).toBe(101);
    }
    expect(await upgradeStatus(url(owner, 'dossier:no-such-deal'))).toBe(403);
    expect(await upgradeStatus(`${server.wsUrl}/collab/${deal.docs.dossier}`)).toBe(401);
  });

  it('relays a party’s dossier edits to everyone and drops the adviser’s and the manager’s', async () => {
    const partyDoc = await peers.doc(party, deal.docs.dossier);
    const ownerDoc = await peers.doc(owner, deal.docs.dossier);
    const adviserDoc = await peers.doc(adviser, deal.docs.dossier);
    const managerDoc = await peers.doc(manager, deal.docs.dossier);
    sectionText(partyDoc.doc, 'overview').insert(0, 'Party text.');
    await waitFor(() => [ownerDoc, adviserDoc, managerDoc].every((client) => readSection(client.doc, 'overview') === 'Party text.'), 'party edit everywhere');

    sectionText(adviserDoc.doc, 'overview').insert(0, 'ADVISER ');
    sectionText(managerDoc.doc, 'risks').insert(0, 'MANAGER');
    sectionText(partyDoc.doc, 'overview').insert(11, ' More.');
    await waitFor(() => readSection(adviserDoc.doc, 'overview').endsWith('More.') && readSection(managerDoc.doc, 'overview').endsWith('More.'), 'next party edit');
    await waitFor(() => partyDoc.isSaved(), 'party edit stored');
    expect(readSection(ownerDoc.doc, 'overview')).toBe('Party text. More.');
    expect(readSection(ownerDoc.doc, 'risks')).toBe('');
    const stored = await server.app.registry.read(deal.docs.dossier, (shared) => [readSection(shared.doc, 'overview'), readSection(shared.doc, 'risks')]);
    expect(stored).toEqual(['Party text. More.', '']);
  });

  it('lets an adviser edit the dossier live once a party grants it, but still not the board', async () => {
    const partyDossier = await peers.doc(party, deal.docs.dossier);
    const adviserDossier = await peers.doc(adviser, deal.docs.dossier);
    const partyBoard = await peers.doc(party, deal.docs.board);
    const adviserBoard = await peers.doc(adviser, deal.docs.board);
    const granted = await call(server.url, party, 'POST', `/api/deals/${deal.id}/members/${adviser.user.id}/grant-edit`, { docs: ['dossier'] });
    expect(granted.status).toBe(200);
    sectionText(adviserDossier.doc, 'compliance-esg').insert(0, 'PDPO and GBA standard contract apply.');
    await waitFor(() => readSection(partyDossier.doc, 'compliance-esg') === 'PDPO and GBA standard contract apply.', 'granted adviser edit');

    const termId = termsOf(partyBoard.doc)[0].id;
    const original = termWording(partyBoard.doc, termId).toString();
    termWording(adviserBoard.doc, termId).insert(0, 'REWRITTEN ');
    termWording(partyBoard.doc, termId).insert(0, '>');
    // The adviser's replica keeps its own dropped insert; where the party's lands beside it depends on client ids.
    await waitFor(() => termWording(adviserBoard.doc, termId).toString().includes('>'), 'party board edit');
    await waitFor(() => partyBoard.isSaved(), 'party board edit stored');
    expect(termWording(partyBoard.doc, termId).toString()).toBe(`>${original}`);

    expect((await call(server.url, party, 'DELETE', `/api/deals/${deal.id}/members/${adviser.user.id}/grant-edit`)).status).toBe(200);
    sectionText(adviserDossier.doc, 'risks').insert(0, 'AFTER REVOKE');
    sectionText(partyDossier.doc, 'risks').insert(0, 'party');
    await waitFor(() => readSection(adviserDossier.doc, 'risks').includes('party'), 'party edit after revoke');
    expect(readSection(partyDossier.doc, 'risks')).toBe('party');
  });

  it('cuts a removed member off live: documents closed with 4403, the deal room left, REST refused', async () => {
    const removedDossier = await peers.doc(party, deal.docs.dossier, true);
    const removedBoard = await peers.doc(party, deal.docs.board, true);
    const removedSocket = await peers.socket(party, deal.id);
    const ownerSocket = await peers.socket(owner, deal.id);
    const removedNotices = record(removedSocket, 'deal:removed');
    const removedUpdates = record(removedSocket, 'deal:updated');
    const ownerUpdates = record(ownerSocket, 'deal:updated');

    const response = await call(server.url, owner, 'DELETE', `/api/deals/${deal.id}/members/${party.user.id}`);
    expect(response.status).toBe(204);
    await waitFor(() => removedDossier.closeEvents.includes(CollabCloseCode.AccessRevoked), 'dossier socket closed');
    await waitFor(() => removedBoard.closeEvents.includes(CollabCloseCode.AccessRevoked), 'board socket closed');
    await waitFor(() => removedNotices.length === 1, 'removal notice');
    expect(removedNotices[0]).toEqual({ dealId: deal.id });
    await waitFor(() => ownerUpdates.length === 1, 'room told of the removal');
    expect(ownerUpdates[0].members.map((member) => member.userId)).not.toContain(party.user.id);

    await call(server.url, owner, 'PATCH', `/api/deals/${deal.id}`, { title: 'After removal' });
    await waitFor(() => ownerUpdates.length === 2, 'next room event');
    expect(removedUpdates).toEqual([]);
    expect((await call(server.url, party, 'GET', `/api/deals/${deal.id}`)).status).toBe(404);
    expect(await upgradeStatus(`${server.wsUrl}/collab/${deal.docs.dossier}?token=${party.token}`)).toBe(403);
    const rejoin = await removedSocket.emitWithAck('deal:join', { dealId: deal.id });
    expect(rejoin).toMatchObject({ error: 'not_found' });
  });

  it('downgrades a party demoted to manager to read-only on its open socket', async () => {
    const demoted = await peers.doc(party, deal.docs.dossier);
    const ownerDoc = await peers.doc(owner, deal.docs.dossier);
    await addDealMember(server, owner, deal.id, party, 'manager');
    sectionText(demoted.doc, 'overview').insert(0, 'IGNORED');
    sectionText(ownerDoc.doc, 'market').insert(0, 'owner');
    await waitFor(() => readSection(demoted.doc, 'market') === 'owner', 'owner edit reaches the demoted member');
    expect(readSection(ownerDoc.doc, 'overview')).toBe('');
  });

  it('lets members join the deal’s Socket.IO room and refuses outsiders and bad payloads', async () => {
    for (const member of [owner, party, adviser, manager]) {
      const socket = await peers.socket(member);
      const result = await socket.emitWithAck('deal:join', { dealId: deal.id });
      expect(result).toMatchObject({ data: { id: deal.id } });
    }
    const stranger = await peers.socket(outsider);
    expect(await stranger.emitWithAck('deal:join', { dealId: deal.id })).toMatchObject({ error: 'not_found' });
    expect(await stranger.emitWithAck('deal:join', { dealId: '../../etc' })).toMatchObject({ error: 'bad_request' });
    const strangerUpdates = record(stranger, 'deal:updated');
    const memberSocket = await peers.socket(manager, deal.id);
    const memberUpdates = record(memberSocket, 'deal:updated');
    await call(server.url, owner, 'POST', `/api/deals/${deal.id}/stage`, { to: 'nda' });
    await waitFor(() => memberUpdates.length === 1, 'member sees the stage change');
    expect(memberUpdates[0].stage).toBe('nda');
    expect(strangerUpdates).toEqual([]);
  });
});
