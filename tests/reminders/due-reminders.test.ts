// Board terms and Q&A questions due within 48 h, reminded by e-mail to the people responsible
// only: a term's owner (the deal's owners when nobody who may read the room owns it), a question's
// assignee (the answering side's approvers when unassigned); nobody outside the deal, no member
// still in front of the NDA, nothing for agreed terms, answered questions or dates further out;
// in the reader's language, and not to someone who unsubscribed from that kind.
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTerm } from '../../shared/deal-docs.ts';
import { ndaTemplate } from '../../shared/nda-templates.ts';
import type { NdaGateView } from '../../shared/schemas/nda.ts';
import { OutboxRepository } from '../../server/mail/index.ts';
import type { TestUser } from '../helpers/api.ts';
import { waitFor } from '../helpers/wait.ts';
import { Peers, settled, termsOf } from '../deals/deal-helpers.ts';
import { qaPath } from '../qa/qa-world.ts';
import { api, HOUR, MAIL_WAIT_MS, received, startReminderWorld, type ReminderWorld } from './reminder-world.ts';

describe('reminders of terms and questions due', () => {
  let ctx: ReminderWorld;
  let peers: Peers;
  beforeAll(async () => {
    ctx = await startReminderWorld();
    peers = new Peers(() => ctx.server);
  });
  afterAll(async () => {
    peers.closeAll();
    await ctx.server.close();
    await ctx.close();
  });

  const day = (hoursAhead: number) => new Date(ctx.clock.now + hoursAhead * HOUR).toISOString().slice(0, 10);
  const qa = (user: TestUser, method: string, rest: string, body?: unknown) => api<{ id: string; status: string }>(ctx.server, user, method, qaPath(ctx.world, rest), body);
  const subjects = (user: TestUser) => received(ctx.inbox, user.user.email, () => true).map((mail) => mail.parsed.subject ?? '').filter((subject) => /due|到期/.test(subject));

  async function acceptNda(user: TestUser): Promise<void> {
    const path = `/api/deals/${ctx.world.deal.id}/nda`;
    const gate = (await api<NdaGateView>(ctx.server, user, 'GET', path)).body;
    expect((await api(ctx.server, user, 'POST', `${path}/accept`, { version: gate.current?.version, sha256: gate.current?.sha256 })).status).toBe(200);
  }

  it('reminds the people responsible only, in their language, and respects an unsubscribe', async () => {
    const { owner, adviserA, partyB, colleagueB, drifter, manager, outsider, deal } = ctx.world;
    await api(ctx.server, partyB, 'PUT', '/api/auth/language', { lang: 'zh-Hans' });
    // The NDA: everyone but the adviser and the drifter accepts it.
    expect((await api(ctx.server, owner, 'POST', `/api/deals/${deal.id}/nda`, { required: true, text: ndaTemplate('supply', 'en'), lang: 'en' })).status).toBe(201);
    for (const user of [partyB, colleagueB, manager]) await acceptNda(user);

    const board = await peers.doc(owner, deal.docs.board);
    const [t0, t1, t2, t3, t4, t5] = termsOf(board.doc);
    const set = (termId: string, fields: Record<string, unknown>) => {
      const term = findTerm(board.doc, termId) as Y.Map<unknown>;
      board.doc.transact(() => Object.entries(fields).forEach(([key, value]) => term.set(key, value)));
    };
    // Everything is set up four days ahead; then the clock moves to 36 h before those dates run out.
    const soon = day(96);
    set(t0.id, { ownerId: partyB.user.id, due: soon });
    set(t1.id, { ownerId: null, due: soon });
    set(t2.id, { ownerId: adviserA.user.id, due: soon });
    set(t3.id, { ownerId: partyB.user.id, due: day(96 + 24 * 5) });
    set(t4.id, { ownerId: partyB.user.id, due: soon, status: 'agreed' });
    await settled([board]);

    expect((await qa(partyB, 'PUT', `/approvers/${partyB.user.id}`, { approver: true })).status).toBe(200);
    const assigned = await qa(owner, 'POST', '', { title: 'Audited accounts for 2023?', category: 'financial', dueDate: soon, assigneeId: colleagueB.user.id });
    await qa(owner, 'POST', '', { title: 'Factory floor plan?', category: 'commercial', dueDate: soon });
    const answered = await qa(owner, 'POST', '', { title: 'Insurance cover?', category: 'legal', dueDate: soon, assigneeId: colleagueB.user.id });
    expect((await qa(colleagueB, 'PUT', `/${answered.body.id}/draft`, { body: 'Covered to USD 5m.' })).status).toBe(200);
    expect((await qa(partyB, 'POST', `/${answered.body.id}/approve`)).body.status).toBe('answered');
    await qa(partyB, 'POST', '', { title: 'Export licence held?', category: 'legal', dueDate: soon });
    await qa(owner, 'POST', '', { title: 'Warranty period?', category: 'legal', dueDate: day(96 + 24 * 5), assigneeId: colleagueB.user.id });
    expect(assigned.status).toBe(201);
    ctx.clock.now = Date.parse(`${soon}T00:00:00Z`) + 24 * HOUR - 36 * HOUR;

    await waitFor(() => subjects(partyB).length >= 2 && subjects(owner).length >= 3 && subjects(colleagueB).length >= 1, 'the first reminders', MAIL_WAIT_MS);
    const [termMail] = received(ctx.inbox, partyB.user.email, (subject) => subject.startsWith('条款'));
    expect(termMail.parsed.subject).toMatch(new RegExp(`^条款 \\d{4}年\\d{1,2}月\\d{1,2}日 到期：${t0.title}$`));
    expect(termMail.parsed.text).toContain(`http://superconnector.test/#/deals/${deal.id}/board?open=${t0.id}`);

    // The owner switches term reminders off by the one-click link; a new unowned term due soon is then not sent to them.
    const [ownerTerm] = received(ctx.inbox, owner.user.email, (subject) => subject.includes(t1.title));
    const link = /List-Unsubscribe:\s*<([^>]+)>/.exec(ownerTerm.raw.replace(/\r?\n[ \t]+/g, ' '))?.[1] ?? '';
    expect((await fetch(link.replace('http://superconnector.test', ctx.server.url), { method: 'POST' })).status).toBe(200);
    set(t5.id, { ownerId: null, due: soon });
    await settled([board]);
    // A sentinel question due soon: once its reminder is here, a sweep has looked at everything above.
    await qa(owner, 'POST', '', { title: 'Sentinel question', category: 'financial', dueDate: soon, assigneeId: colleagueB.user.id });
    await waitFor(() => subjects(colleagueB).some((subject) => subject.includes('Sentinel')), 'the sentinel’s reminder', MAIL_WAIT_MS);
    const outbox = new OutboxRepository(ctx.server.store);
    await waitFor(async () => (await outbox.byKey(`term-reminder:${deal.id}:${t5.id}:${soon}:${owner.user.id}`))?.state === 'suppressed', 'the switched-off reminder to be suppressed', MAIL_WAIT_MS);

    const about = (user: TestUser) => subjects(user).map((subject) => subject.slice(subject.indexOf(/：|: /.exec(subject)?.[0] ?? '') + 1).trim()).sort();
    expect(about(partyB)).toEqual([t0.title, 'Q2 Factory floor plan?'].sort());
    expect(about(owner)).toEqual([t1.title, t2.title, 'Q4 Export licence held?'].sort());
    expect(about(colleagueB)).toEqual(['Q1 Audited accounts for 2023?', 'Q6 Sentinel question']);
    for (const nobody of [adviserA, drifter, manager, outsider]) expect(subjects(nobody)).toEqual([]);
  }, 120_000);
});
