// The notification center over REST and Socket.IO: every tab of the recipient gets each
// notification with the unread count, outsiders get nothing whoever asks, preferences switch a
// type off, reading in one tab moves the badge in the others, and bad input is refused.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readTerms } from '../../shared/deal-docs.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { NotificationPreferences, NotificationPushed, UnreadCount } from '../../shared/schemas/notifications.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { Peers, addDealMember, call, openDeal, record, startDealServer } from '../deals/deal-helpers.ts';
import { centerOf, notificationsOf } from './notification-helpers.ts';

describe('notification center', () => {
  let server: TestServer;
  let owner: TestUser;
  let adviser: TestUser;
  let outsider: TestUser;
  let deal: DealDetail;
  let termId: string;
  const peers = new Peers(() => server);

  beforeAll(async () => {
    server = await startDealServer();
  });

  afterAll(async () => {
    await server.close();
  });

  beforeEach(async () => {
    // Fresh people each time, so every test starts with known counts.
    [owner, adviser, outsider] = await Promise.all(['Owner Olu', 'Adviser Ada', 'Outsider Oz'].map((name) => registerUser(server.url, name)));
    // The adviser switches invitations off first, so each test starts with nothing stored.
    await call(server.url, adviser, 'PUT', '/api/notifications/preferences', { 'deal.invitation': false });
    deal = await openDeal(server, owner);
    await addDealMember(server, owner, deal.id, adviser, 'adviser');
    termId = await server.app.registry.read(deal.docs.board, (shared) => readTerms(shared.doc)[0].id);
  });

  afterEach(() => peers.closeAll());

  const mention = (body = 'please check') =>
    call(server.url, owner, 'POST', `/api/deals/${deal.id}/comments`, { anchor: { type: 'term', termId }, body: `@${adviser.user.email} ${body}` });

  it('delivers each notification to every open tab of the recipient, with the unread count, and to nobody else', async () => {
    const [tabA, tabB, outsiderTab, ownerTab] = await Promise.all([peers.socket(adviser), peers.socket(adviser), peers.socket(outsider), peers.socket(owner)]);
    const [toA, toB, toOutsider, toOwner] = [tabA, tabB, outsiderTab, ownerTab].map((socket) => record(socket, 'notification:created'));
    expect((await mention()).status).toBe(201);
    await waitFor(() => toA.length === 1 && toB.length === 1, 'both tabs notified');
    expect(toA[0]).toEqual(toB[0]);
    expect(toA[0]).toMatchObject({ unread: 1, notification: { type: 'comment.mention', read: false, subject: { kind: 'deal', id: deal.id } } });
    const listed = await notificationsOf(server, adviser);
    expect(listed.notifications.map((item) => item.id)).toEqual([toA[0].notification.id]);
    expect(listed.unread).toBe(1);
    await quietFor(80, 'a push to the outsider or the author would have arrived');
    expect(toOutsider).toEqual([]);
    expect(toOwner).toEqual([]);
    expect((await notificationsOf(server, outsider)).total).toBe(0);
  });

  it('never stores or pushes to people who may not see the subject, whoever asks', async () => {
    const outsiderTab = await peers.socket(outsider);
    const pushed = record(outsiderTab, 'notification:created');
    const center = centerOf(server);
    await center.notify({
      type: 'deal.stage',
      recipientIds: [outsider.user.id, adviser.user.id, owner.user.id],
      subject: { kind: 'deal', id: deal.id, dealId: deal.id, title: deal.title },
      actor: { id: owner.user.id, name: owner.user.name },
      data: { from: 'introduced', to: 'nda' },
    });
    await center.notify({ type: 'match.new', recipientIds: [outsider.user.id], subject: { kind: 'match', id: 'no-such-match', title: 'x' }, actor: null });
    expect((await notificationsOf(server, adviser, '?type=deal.stage')).total).toBe(1);
    expect((await notificationsOf(server, owner)).total).toBe(0);
    await quietFor(80, 'a push to the outsider, who may see neither subject, would have arrived');
    expect(pushed).toEqual([]);
    expect((await notificationsOf(server, outsider)).total).toBe(0);
  });

  it('stores nothing of a type the person switched off, and keeps the other types on', async () => {
    const tab = await peers.socket(adviser);
    const pushed = record(tab, 'notification:created');
    const off = await call<NotificationPreferences>(server.url, adviser, 'PUT', '/api/notifications/preferences', { 'comment.mention': false });
    expect(off.status).toBe(200);
    expect(off.body['comment.mention']).toBe(false);
    expect(off.body['comment.reply']).toBe(true);
    expect(off.body['deal.invitation']).toBe(false);
    const read = await call<NotificationPreferences>(server.url, adviser, 'GET', '/api/notifications/preferences');
    expect(read.body).toEqual(off.body);
    expect((await mention()).status).toBe(201);
    await quietFor(80, 'the muted mention would have been pushed');
    expect(pushed).toEqual([]);
    expect((await notificationsOf(server, adviser)).total).toBe(0);
    const opened = await call<{ id: string }>(server.url, adviser, 'POST', `/api/deals/${deal.id}/comments`, { anchor: { type: 'term', termId }, body: 'My question' });
    await call(server.url, owner, 'POST', `/api/deals/${deal.id}/comments/${opened.body.id}/replies`, { body: `@${adviser.user.email} answered` });
    await quietFor(80, 'the muted mention, or a reply notice instead, would have been pushed');
    // The reply mentions the adviser (off), so it is not repeated as a reply: nothing at all.
    expect(pushed).toEqual([]);
    await call(server.url, adviser, 'PUT', '/api/notifications/preferences', { 'comment.mention': true });
    expect((await mention('again')).status).toBe(201);
    await waitFor(() => pushed.length === 1, 'mention back on');
  });

  it('marks read in one tab and moves the unread count in every other tab', async () => {
    const [tabA, tabB] = await Promise.all([peers.socket(adviser), peers.socket(adviser)]);
    const pushedA = record(tabA, 'notification:created');
    const countsB = record(tabB, 'notification:unread-updated');
    await mention('one');
    await mention('two');
    await mention('three');
    await waitFor(() => pushedA.length === 3, 'three notifications');
    expect(pushedA.map((push: NotificationPushed) => push.unread)).toEqual([1, 2, 3]);
    const first = pushedA[0].notification.id;
    const marked = await call<UnreadCount>(server.url, adviser, 'POST', '/api/notifications/read', { ids: [first, first] });
    expect(marked.body).toEqual({ unread: 2 });
    await waitFor(() => countsB.length === 1, 'count pushed to the other tab');
    expect(countsB[0]).toEqual({ unread: 2 });
    // Marking it again changes nothing and pushes nothing.
    expect((await call<UnreadCount>(server.url, adviser, 'POST', '/api/notifications/read', { ids: [first] })).body).toEqual({ unread: 2 });
    expect((await notificationsOf(server, adviser, '?unread=true')).notifications.map((item) => item.read)).toEqual([false, false]);
    expect((await call<UnreadCount>(server.url, adviser, 'POST', '/api/notifications/read-all')).body).toEqual({ unread: 0 });
    await waitFor(() => countsB.length === 2, 'read-all pushed');
    expect(countsB[1]).toEqual({ unread: 0 });
    expect((await call<UnreadCount>(server.url, adviser, 'GET', '/api/notifications/unread-count')).body).toEqual({ unread: 0 });
    const all = await notificationsOf(server, adviser);
    expect(all.notifications.every((item) => item.read)).toBe(true);
  });

  it('pages newest first and filters by type and read state', async () => {
    await mention('one');
    await mention('two');
    await addDealMember(server, owner, deal.id, outsider, 'manager');
    const center = centerOf(server);
    await center.notify({ type: 'term.signed', recipientIds: [adviser.user.id], subject: { kind: 'deal', id: deal.id, title: deal.title }, actor: null });
    const first = await notificationsOf(server, adviser, '?pageSize=2');
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 3, unread: 3 });
    expect(first.notifications.map((item) => item.type)).toEqual(['term.signed', 'comment.mention']);
    const second = await notificationsOf(server, adviser, '?pageSize=2&page=2');
    expect(second.notifications.map((item) => item.data.excerpt)).toEqual([`@${adviser.user.name} one`]);
    expect((await notificationsOf(server, adviser, '?type=comment.mention')).total).toBe(2);
    await call(server.url, adviser, 'POST', '/api/notifications/read', { ids: [first.notifications[0].id] });
    expect((await notificationsOf(server, adviser, '?unread=false')).notifications.map((item) => item.type)).toEqual(['term.signed']);
  });

  it('refuses malformed input with 400, other people’s notifications with 404, strangers with 401', async () => {
    await mention();
    await waitFor(async () => (await notificationsOf(server, adviser)).total === 1, 'one notification');
    const [theirs] = (await notificationsOf(server, adviser)).notifications;
    const bad: [string, string, unknown?][] = [
      ['GET', '/api/notifications?page=0'],
      ['GET', '/api/notifications?pageSize=1000'],
      ['GET', '/api/notifications?type=bogus'],
      ['GET', '/api/notifications?unread=yes'],
      ['GET', '/api/notifications?sneaky=1'],
      ['POST', '/api/notifications/read', { ids: [] }],
      ['POST', '/api/notifications/read', { ids: 'all' }],
      ['POST', '/api/notifications/read', { ids: ['../../etc/passwd'] }],
      ['POST', '/api/notifications/read', { ids: [theirs.id], userId: adviser.user.id }],
      ['POST', '/api/notifications/read', '{"ids": ['],
      ['PUT', '/api/notifications/preferences', { 'match.new': 'yes' }],
      ['PUT', '/api/notifications/preferences', { 'no.such-type': false }],
    ];
    for (const [method, path, body] of bad) {
      const response = await call<{ error: string }>(server.url, outsider, method, path, body);
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(response.body.error).toBe('bad_request');
    }
    const stolen = await call<{ error: string }>(server.url, outsider, 'POST', '/api/notifications/read', { ids: [theirs.id] });
    expect(stolen.status).toBe(404);
    const mixed = await call(server.url, adviser, 'POST', '/api/notifications/read', { ids: [theirs.id, 'no-such-id'] });
    expect(mixed.status).toBe(404);
    expect((await notificationsOf(server, adviser)).unread).toBe(1);
    expect((await call(server.url, null, 'GET', '/api/notifications')).status).toBe(401);
    expect((await call(server.url, null, 'POST', '/api/notifications/read-all')).status).toBe(401);
  });
});
