// Comment threads over REST and Socket.IO: anchored to a dossier range or a term, open to every
// member (advisers need no document write access), live to the deal room, resolve and reopen,
// @mentions notifying only the people named, and bad or oversize input refused with no broadcast.
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeAnchorPosition, readTerms } from '../../shared/deal-docs.ts';
import type { ThreadView } from '../../shared/schemas/comments.ts';
import type { ActivityPage } from '../../shared/schemas/activity.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { Peers, addDealMember, call, openDeal, record, sectionText, startDealServer } from '../deals/deal-helpers.ts';

describe('comment threads', () => {
  let server: TestServer;
  let owner: TestUser;
  let adviser: TestUser;
  let manager: TestUser;
  let outsider: TestUser;
  let deal: DealDetail;
  let termId: string;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer();
    [owner, adviser, manager, outsider] = await Promise.all(['Owner Olu', 'Adviser Ada', 'Manager Mei', 'Outsider Oz'].map((name) => registerUser(server.url, name)));
  });

  afterAll(async () => {
    await server.close();
  });

  beforeEach(async () => {
    deal = await openDeal(server, owner);
    await addDealMember(server, owner, deal.id, adviser, 'adviser');
    await addDealMember(server, owner, deal.id, manager, 'manager');
    termId = await server.app.registry.read(deal.docs.board, (shared) => readTerms(shared.doc)[0].id);
  });

  afterEach(() => peers.closeAll());

  const comments = `/api/deals/:id/comments`;
  const path = (suffix = '') => comments.replace(':id', deal.id) + suffix;
  const termAnchor = () => ({ type: 'term', termId });

  async function textAnchor(): Promise<Record<string, string>> {
    const client = await peers.doc(owner, deal.docs.dossier);
    const text = sectionText(client.doc, 'risks');
    text.insert(0, 'FX exposure on RMB receipts.');
    await waitFor(() => client.isSaved(), 'text stored');
    return {
      type: 'text',
      section: 'risks',
      start: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(text, 0)),
      end: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(text, 11)),
      quote: 'FX exposure',
    };
  }

  it('lets an adviser open a thread on a term and pushes it to the deal room', async () => {
    const ownerSocket = await peers.socket(owner, deal.id);
    const created = record(ownerSocket, 'comment:created');
    const response = await call<ThreadView>(server.url, adviser, 'POST', path(), { anchor: termAnchor(), body: 'Cap the price review at CPI + 2%.' });
    expect(response.status).toBe(201);
    const thread = response.body;
    expect(thread).toMatchObject({ dealId: deal.id, status: 'open', anchor: { type: 'term', doc: 'board', termId }, createdBy: { id: adviser.user.id, name: 'Adviser Ada' } });
    expect(thread.comments).toEqual([expect.objectContaining({ body: 'Cap the price review at CPI + 2%.', author: expect.objectContaining({ id: adviser.user.id }), mentions: [], editedAt: null })]);
    await waitFor(() => created.length === 1, 'comment pushed');
    expect(created[0]).toEqual({ dealId: deal.id, thread, comment: thread.comments[0] });
    const listed = await call<{ threads: ThreadView[] }>(server.url, manager, 'GET', path(`?doc=board&termId=${termId}`));
    expect(listed.body.threads).toEqual([thread]);
  });

  it('anchors a thread to a dossier range with relative positions and lets managers reply', async () => {
    const anchor = await textAnchor();
    const opened = await call<ThreadView>(server.url, owner, 'POST', path(), { anchor, body: 'Hedge?' });
    expect(opened.status).toBe(201);
    expect(opened.body.anchor).toEqual({ ...anchor, doc: 'dossier' });
    const reply = await call<ThreadView>(server.url, manager, 'POST', path(`/${opened.body.id}/replies`), { body: 'Use a forward contract.' });
    expect(reply.status).toBe(201);
    expect(reply.body.comments.map((comment) => comment.body)).toEqual(['Hedge?', 'Use a forward contract.']);
  });

  it('resolves and reopens a thread, live, and records both in the activity trail', async () => {
    const opened = await call<ThreadView>(server.url, adviser, 'POST', path(), { anchor: termAnchor(), body: 'Governing law: HK or Shenzhen court?' });
    const socket = await peers.socket(adviser, deal.id);
    const updated = record(socket, 'comment:updated');
    const resolved = await call<ThreadView>(server.url, owner, 'POST', path(`/${opened.body.id}/resolve`));
    expect(resolved.body).toMatchObject({ status: 'resolved', resolvedBy: { id: owner.user.id } });
    expect(resolved.body.resolvedAt).not.toBeNull();
    const reopened = await call<ThreadView>(server.url, adviser, 'POST', path(`/${opened.body.id}/reopen`));
    expect(reopened.body).toMatchObject({ status: 'open', resolvedBy: null, resolvedAt: null });
    await waitFor(() => updated.length === 2, 'both changes pushed');
    expect(updated.map((event) => event.change)).toEqual(['resolved', 'reopened']);
    const open = await call<{ threads: ThreadView[] }>(server.url, owner, 'GET', path('?status=resolved'));
    expect(open.body.threads).toEqual([]);
    const trail = await call<ActivityPage>(server.url, owner, 'GET', `/api/deals/${deal.id}/activity`);
    expect(trail.body.activity.slice(0, 3).map((entry) => entry.action)).toEqual(['comment.reopened', 'comment.resolved', 'comment.created']);
  });

  it('notifies people mentioned by e-mail, id or @e-mail in the body, and nobody else', async () => {
    const adviserSocket = await peers.socket(adviser);
    const managerSocket = await peers.socket(manager);
    const outsiderSocket = await peers.socket(outsider);
    const ownerSocket = await peers.socket(owner);
    const [toAdviser, toManager, toOutsider, toOwner] = [adviserSocket, managerSocket, outsiderSocket, ownerSocket].map((socket) => record(socket, 'notification:created'));
    const body = `@${manager.user.email.toUpperCase()} and @${outsider.user.email}: please check the Incoterm.`;
    const response = await call<ThreadView>(server.url, owner, 'POST', path(), { anchor: termAnchor(), body, mentions: [adviser.user.id, owner.user.email, 'nobody@example.com'] });
    expect(response.status).toBe(201);
    const comment = response.body.comments[0];
    expect(comment.mentions.map((person) => person.id).sort()).toEqual([adviser.user.id, manager.user.id].sort());
    await waitFor(() => toAdviser.length === 1 && toManager.length === 1, 'mentions delivered');
    expect(toManager[0].notification).toMatchObject({
      type: 'comment.mention',
      subject: { kind: 'deal', id: deal.id, title: deal.title },
      actor: { id: owner.user.id },
      data: { threadId: response.body.id, commentId: comment.id },
      read: false,
    });
    expect(toManager[0].notification.data.excerpt).toContain('please check the Incoterm');
    expect(toManager[0].notification.data.excerpt).not.toContain(manager.user.email);
    expect(toManager[0].notification.data.excerpt).toContain(`@${manager.user.name}`);
    await quietFor(50, 'a mention of the outsider or the author would have been pushed');
    expect(toOutsider).toEqual([]);
    expect(toOwner).toEqual([]);
  });

  it('lets only the author edit a comment, and pushes the edit', async () => {
    const opened = await call<ThreadView>(server.url, adviser, 'POST', path(), { anchor: termAnchor(), body: 'Typo' });
    const commentId = opened.body.comments[0].id;
    const edit = (user: TestUser, body: string) => call<ThreadView>(server.url, user, 'PATCH', path(`/${opened.body.id}/comments/${commentId}`), { body });
    expect((await edit(owner, 'Hijacked')).status).toBe(403);
    const edited = await edit(adviser, 'Fixed');
    expect(edited.status).toBe(200);
    expect(edited.body.comments[0]).toMatchObject({ body: 'Fixed' });
    expect(edited.body.comments[0].editedAt).not.toBeNull();
  });

  it('refuses comments over 10 KB with 413 and a clear message, and broadcasts nothing', async () => {
    const socket = await peers.socket(owner, deal.id);
    const created = record(socket, 'comment:created');
    const tooBig = '評'.repeat(3500);
    const response = await call<{ error: string; message: string; details: unknown }>(server.url, adviser, 'POST', path(), { anchor: termAnchor(), body: tooBig });
    expect(response.status).toBe(413);
    const message = 'A comment is at most 10 KB (10240 bytes of text); this one is 10500 bytes';
    // The limit as data too, so each client says it in the reader's language.
    expect(response.body).toEqual({ error: 'payload_too_large', message, details: [{ path: 'body', message, max: 10240, unit: 'bytes' }] });
    const justFits = await call(server.url, adviser, 'POST', path(), { anchor: termAnchor(), body: 'x'.repeat(10240) });
    expect(justFits.status).toBe(201);
    await waitFor(() => created.length === 1, 'the fitting comment');
    const listed = await call<{ threads: ThreadView[] }>(server.url, owner, 'GET', path());
    expect(listed.body.threads).toHaveLength(1);
  });

  it('refuses bad anchors, empty bodies, outsiders and unknown threads', async () => {
    // A well-formed range, but in the overview rather than the section it claims.
    const client = await peers.doc(owner, deal.docs.dossier);
    const overview = sectionText(client.doc, 'overview');
    overview.insert(0, 'Overview text');
    await waitFor(() => client.isSaved(), 'overview stored');
    const at = (index: number) => encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(overview, index));
    const elsewhere = { type: 'text', start: at(0), end: at(4) };
    const cases: [TestUser, unknown, number][] = [
      [adviser, { anchor: { type: 'term', termId: 'no-such-term' }, body: 'x' }, 404],
      [adviser, { anchor: { type: 'text', section: 'risks', start: 'not base64!', end: 'AAAA' }, body: 'x' }, 400],
      [adviser, { anchor: { type: 'text', section: 'risks', start: 'AA==', end: 'AA==' }, body: 'x' }, 400],
      [adviser, { anchor: { ...elsewhere, section: 'risks' }, body: 'x' }, 400],
      [adviser, { anchor: { ...elsewhere, section: 'no-such-section' }, body: 'x' }, 400],
      [adviser, { anchor: { type: 'margin' }, body: 'x' }, 400],
      [adviser, { anchor: termAnchor(), body: '   ' }, 400],
      [outsider, { anchor: termAnchor(), body: 'x' }, 404],
    ];
    for (const [user, body, status] of cases) expect((await call(server.url, user, 'POST', path(), body)).status).toBe(status);
    expect((await call(server.url, owner, 'POST', path('/no-such-thread/replies'), { body: 'x' })).status).toBe(404);
    expect((await call(server.url, outsider, 'GET', path())).status).toBe(404);
    expect((await call<{ threads: ThreadView[] }>(server.url, owner, 'GET', path())).body.threads).toEqual([]);
  });

  it('keeps comments out of the dossier document, so comment-only roles never write to it', async () => {
    const anchor = await textAnchor();
    const before = await server.app.registry.read(deal.docs.dossier, (shared) => Y.encodeStateVector(shared.doc));
    await call(server.url, adviser, 'POST', path(), { anchor, body: 'Stored server-side' });
    const after = await server.app.registry.read(deal.docs.dossier, (shared) => Y.encodeStateVector(shared.doc));
    expect(after).toEqual(before);
  });
});
