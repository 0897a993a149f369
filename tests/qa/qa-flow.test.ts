// Q&A through REST and Socket.IO on a real server with two sides: a question asked by side A,
// drafted by B's assignee, approved by B's approver, accepted by A and put in the FAQ. Side A and
// the manager never receive B's draft or notes, on any read path or push; notifications go to the
// assignee, the approver and the asker.
import { describe, expect, it } from 'vitest';
import type { NotificationPage } from '../../shared/schemas/notifications.ts';
import type { QaListView, QuestionPushed, QuestionView } from '../../shared/schemas/qa.ts';
import type { TestUser } from '../helpers/api.ts';
import { bearer } from '../helpers/api.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, record } from '../deals/deal-helpers.ts';
import { createFolder, pdfBytes, uploadFile } from '../dataroom/dataroom-world.ts';
import { askB, qaPath, useQaWorld } from './qa-world.ts';

const DRAFT = 'Draft: the 2023 audit is still being signed off internally.';

describe('Q&A between two sides', () => {
  const ctx = useQaWorld();

  const list = async (user: TestUser) => (await call<QaListView>(ctx.server.url, user, 'GET', qaPath(ctx.world))).body;
  const act = (user: TestUser, method: string, rest: string, body?: unknown) => call<QuestionView>(ctx.server.url, user, method, qaPath(ctx.world, rest), body);

  async function exported(user: TestUser, format: 'md' | 'csv', lang = 'en'): Promise<string> {
    const response = await fetch(`${ctx.server.url}${qaPath(ctx.world, `/export?format=${format}&lang=${lang}`)}`, { headers: bearer(user) });
    expect(response.status).toBe(200);
    return response.text();
  }

  /** The types of the user's notifications about this question. */
  async function notificationTypes(user: TestUser, questionId: string): Promise<string[]> {
    const page = await call<NotificationPage>(ctx.server.url, user, 'GET', '/api/notifications?pageSize=100');
    return page.body.notifications.filter((item) => item.data.questionId === questionId).map((item) => item.type);
  }

  it('walks a question from asked to the FAQ, each side seeing only what it may', async () => {
    const { owner, adviserA, partyB, colleagueB, drifter, manager } = ctx.world;
    const pushes = new Map<TestUser, QuestionPushed[]>();
    for (const user of [owner, adviserA, partyB, colleagueB, drifter, manager]) pushes.set(user, record(await ctx.peers.socket(user), 'qa:question-updated'));

    const asked = await askB(ctx.server, ctx.world);
    expect(asked).toMatchObject({ status: 'open', askingOrgId: ctx.world.orgA, answeringOrgId: ctx.world.orgB, assignee: { id: colleagueB.user.id } });
    await waitFor(() => [owner, adviserA, partyB, colleagueB, manager].every((user) => (pushes.get(user) ?? []).length === 1), 'everyone who reads questions to hear of it');
    await waitFor(async () => (await notificationTypes(colleagueB, asked.id)).includes('qa.assigned'), 'the assignee to be told');

    const drafted = await act(colleagueB, 'PUT', `/${asked.id}/draft`, { body: DRAFT });
    expect(drafted.status).toBe(200);
    expect(drafted.body).toMatchObject({ status: 'drafted', draft: { body: DRAFT, draftedBy: { id: colleagueB.user.id } }, answer: null });
    await waitFor(() => (pushes.get(partyB) ?? []).length === 2, 'side B to hear of the draft');
    expect((pushes.get(partyB) ?? [])[1].question.draft?.body).toBe(DRAFT);
    await act(partyB, 'POST', `/${asked.id}/notes`, { body: 'Check with the auditors first' });

    for (const reader of [owner, adviserA, manager]) {
      const seen = await act(reader, 'GET', `/${asked.id}`);
      expect(seen.body).toMatchObject({ status: 'open', draft: null, answer: null, notes: [] });
      expect(JSON.stringify((await list(reader)).questions)).not.toContain('auditors');
    }
    expect(await exported(owner, 'md')).not.toContain('signed off internally');
    expect((await list(drifter)).questions).toEqual([]);

    // Only the owner or a designated approver of B approves; partyB is neither until designated.
    await call(ctx.server.url, partyB, 'PUT', qaPath(ctx.world, `/approvers/${partyB.user.id}`), { approver: false });
    expect((await act(partyB, 'POST', `/${asked.id}/approve`)).status).toBe(403);
    expect((await call(ctx.server.url, partyB, 'PUT', qaPath(ctx.world, `/approvers/${partyB.user.id}`), { approver: true })).status).toBe(200);
    expect((await act(colleagueB, 'PUT', `/${asked.id}/draft`, { body: 'The 2023 accounts are audited; see the data room.' })).status).toBe(200);
    await waitFor(async () => (await notificationTypes(partyB, asked.id)).includes('qa.approval'), 'the approver to be told');
    const approved = await act(partyB, 'POST', `/${asked.id}/approve`);
    expect(approved.body).toMatchObject({ status: 'answered', draft: null, answer: { body: 'The 2023 accounts are audited; see the data room.', approvedBy: { id: partyB.user.id } } });

    const seenByA = await act(owner, 'GET', `/${asked.id}`);
    expect(seenByA.body).toMatchObject({ status: 'answered', answer: { draftedBy: { id: colleagueB.user.id } }, draft: null, notes: [] });
    await waitFor(async () => (await notificationTypes(owner, asked.id)).includes('qa.answered'), 'the asker to be told');
    expect(await exported(owner, 'md')).toContain('The 2023 accounts are audited');

    expect((await act(owner, 'POST', `/${asked.id}/accept`)).body.status).toBe('closed');
    expect((await act(owner, 'PUT', `/${asked.id}/faq`, { faq: true })).body.faq).toBe(true);
    await waitFor(() => (pushes.get(drifter) ?? []).length === 1, 'the FAQ-only adviser to hear of the FAQ entry');
    const drifterView = await list(drifter);
    expect(drifterView.faq.map((entry) => entry.id)).toEqual([asked.id]);
    expect(drifterView.can.side).toBeNull();

    for (const reader of [owner, adviserA, manager, drifter]) {
      for (const pushed of pushes.get(reader) ?? []) {
        expect(pushed.question.draft).toBeNull();
        expect(pushed.question.notes).toEqual([]);
        expect(JSON.stringify(pushed)).not.toContain('signed off internally');
        expect(pushed.question.status).not.toBe('drafted');
      }
    }
  });

  it('sends an answer back to the answering side with a reason, and it can be answered again', async () => {
    const asked = await askB(ctx.server, ctx.world);
    await act(ctx.world.colleagueB, 'PUT', `/${asked.id}/draft`, { body: 'Yes.' });
    await call(ctx.server.url, ctx.world.partyB, 'PUT', qaPath(ctx.world, `/approvers/${ctx.world.partyB.user.id}`), { approver: true });
    await act(ctx.world.partyB, 'POST', `/${asked.id}/approve`);
    const sent = await act(ctx.world.adviserA, 'POST', `/${asked.id}/send-back`, { reason: 'Which auditor?' });
    expect(sent.body).toMatchObject({ status: 'open', sentBack: { reason: 'Which auditor?', by: { id: ctx.world.adviserA.user.id } } });
    await waitFor(async () => (await notificationTypes(ctx.world.colleagueB, asked.id)).includes('qa.sent-back'), 'the drafter to be told');
    expect((await act(ctx.world.colleagueB, 'PUT', `/${asked.id}/draft`, { body: 'KPMG audited them.' })).body.status).toBe('drafted');
  });

  it('keeps each side’s internal notes to that side', async () => {
    const asked = await askB(ctx.server, ctx.world);
    await act(ctx.world.adviserA, 'POST', `/${asked.id}/notes`, { body: 'A only: we suspect a restatement' });
    await act(ctx.world.colleagueB, 'POST', `/${asked.id}/notes`, { body: 'B only: ask finance' });
    expect((await act(ctx.world.owner, 'GET', `/${asked.id}`)).body.notes.map((note) => note.body)).toEqual(['A only: we suspect a restatement']);
    expect((await act(ctx.world.partyB, 'GET', `/${asked.id}`)).body.notes.map((note) => note.body)).toEqual(['B only: ask finance']);
    expect((await act(ctx.world.manager, 'GET', `/${asked.id}`)).body.notes).toEqual([]);
    expect((await act(ctx.world.manager, 'POST', `/${asked.id}/notes`, { body: 'manager' })).status).toBe(403);
  });

  it('exports the log as CSV in the reader’s language', async () => {
    await askB(ctx.server, ctx.world);
    const csv = await exported(ctx.world.owner, 'csv', 'zh-Hant');
    expect(csv).toContain('問題');
    expect(csv).toContain('財務');
    expect(csv).toContain('Audited accounts for 2023?');
  });

  it('hides the Q&A from outsiders, and questions outside the FAQ from an adviser with no side', async () => {
    const asked = await askB(ctx.server, ctx.world);
    expect((await act(ctx.world.outsider, 'GET', '')).status).toBe(404);
    expect((await act(ctx.world.outsider, 'GET', `/${asked.id}`)).status).toBe(404);
    expect((await act(ctx.world.drifter, 'GET', `/${asked.id}`)).status).toBe(404);
  });
});

describe('Q&A citing data-room files', () => {
  const ctx = useQaWorld();

  it('lets an answer cite files its drafter may view, and refuses files in folders they may not', async () => {
    const { server, world } = ctx;
    const access = (orgIds: string[]) => ({ view: orgIds.map((orgId) => ({ kind: 'org' as const, orgId })), download: [], upload: [] });
    const shared = await createFolder(server, world.owner, world.deal.id, { name: 'Financials', access: access([world.orgA, world.orgB]) });
    const hidden = await createFolder(server, world.owner, world.deal.id, { name: 'A only', access: access([world.orgA]) });
    expect([shared.status, hidden.status]).toEqual([201, 201]);
    const seen = await uploadFile(server, world.owner, world.deal.id, { folderId: shared.body.id, name: 'accounts.pdf' }, pdfBytes('Accounts'));
    const unseen = await uploadFile(server, world.owner, world.deal.id, { folderId: hidden.body.id, name: 'strategy.pdf' }, pdfBytes('Strategy'));
    expect([seen.status, unseen.status]).toEqual([201, 201]);

    const asked = await askB(server, world, { anchor: { type: 'file', fileId: seen.body.id } });
    expect(asked.anchor).toEqual({ type: 'file', fileId: seen.body.id });
    const draft = (fileIds: string[]) => call<QuestionView>(server.url, world.colleagueB, 'PUT', qaPath(world, `/${asked.id}/draft`), { body: 'See the accounts.', fileIds });
    expect((await draft([unseen.body.id])).status).toBe(400);
    const cited = await draft([seen.body.id]);
    expect(cited.status).toBe(200);
    expect(cited.body.draft?.fileIds).toEqual([seen.body.id]);
  });
});
