// Bad Q&A input over REST: a question to one's own side, a member of the asking side approving,
// an answer by someone outside the answering side, unknown assignees, past or malformed due dates
// and anchors that name nothing: a clear 4xx each time, nothing stored and nothing pushed.
import { describe, expect, it } from 'vitest';
import type { QaListView, QuestionPushed } from '../../shared/schemas/qa.ts';
import { quietFor } from '../helpers/wait.ts';
import { call, record } from '../deals/deal-helpers.ts';
import { askB, qaPath, useQaWorld } from './qa-world.ts';

describe('Q&A refuses bad input', () => {
  const ctx = useQaWorld();

  const ask = (body: Record<string, unknown>, user = ctx.world.owner) =>
    call<{ error: string; message: string }>(ctx.server.url, user, 'POST', qaPath(ctx.world), { title: 'Headcount?', category: 'hr', ...body });
  const questionCount = async () => (await call<QaListView>(ctx.server.url, ctx.world.owner, 'GET', qaPath(ctx.world))).body.questions.length;

  it.each([
    ['a question to one’s own side', () => ({ toOrgId: ctx.world.orgA }), 400, /other side/],
    ['a side that is not in the deal', () => ({ toOrgId: 'no-such-org' }), 400, /not one of the deal/],
    ['an assignee on the asking side', () => ({ assigneeId: ctx.world.adviserA.user.id }), 400, /member of the answering side/],
    ['an assignee who is not a member', () => ({ assigneeId: ctx.world.outsider.user.id }), 400, /member of the answering side/],
    ['a due date in the past', () => ({ dueDate: '2020-01-01' }), 400, /in the past/],
    ['a malformed due date', () => ({ dueDate: '31/12/2030' }), 400, /YYYY-MM-DD/],
    ['a day that does not exist', () => ({ dueDate: '2031-02-30' }), 400, /does not exist/],
    ['an unknown category', () => ({ category: 'gossip' }), 400, /category/],
    ['a blank title', () => ({ title: '\u200b ' }), 400, /title/i],
    ['a term the board does not have', () => ({ anchor: { type: 'term', termId: 'nope' } }), 400, /no such term/],
    ['a section the dossier does not have', () => ({ anchor: { type: 'section', section: 'nope' } }), 400, /no section/],
    ['a file the data room does not have', () => ({ anchor: { type: 'file', fileId: 'nope' } }), 400, /No file/],
  ])('refuses %s, storing and pushing nothing', async (_what, body, status, message) => {
    const pushes = record(await ctx.peers.socket(ctx.world.partyB), 'qa:question-updated');
    const before = await questionCount();
    const response = await ask(body());
    expect(response.status).toBe(status);
    expect(response.body.message).toMatch(message);
    expect(await questionCount()).toBe(before);
    await quietFor(50, 'a push that should not come');
    expect(pushes).toEqual([] as QuestionPushed[]);
  });

  it('refuses an adviser with no side, and a manager, asking', async () => {
    const before = await questionCount();
    expect((await ask({}, ctx.world.drifter)).status).toBe(403);
    expect((await ask({}, ctx.world.manager)).status).toBe(403);
    expect(await questionCount()).toBe(before);
  });

  it('refuses an approver approving their own side’s question, and answers from the asking side', async () => {
    const asked = await askB(ctx.server, ctx.world);
    await call(ctx.server.url, ctx.world.colleagueB, 'PUT', qaPath(ctx.world, `/${asked.id}/draft`), { body: 'Forty people.' });
    const ownApproval = await call<{ message: string }>(ctx.server.url, ctx.world.owner, 'POST', qaPath(ctx.world, `/${asked.id}/approve`));
    expect(ownApproval.status).toBe(403);
    expect(ownApproval.body.message).toMatch(/Approval is for answers/);
    const outsideDraft = await call<{ message: string }>(ctx.server.url, ctx.world.adviserA, 'PUT', qaPath(ctx.world, `/${asked.id}/draft`), { body: 'We answer ourselves' });
    expect(outsideDraft.status).toBe(403);
    expect((await call(ctx.server.url, ctx.world.manager, 'PUT', qaPath(ctx.world, `/${asked.id}/draft`), { body: 'x' })).status).toBe(403);
    const asB = await call<{ draft: { body: string } | null; status: string }>(ctx.server.url, ctx.world.partyB, 'GET', qaPath(ctx.world, `/${asked.id}`));
    expect(asB.body).toMatchObject({ status: 'drafted', draft: { body: 'Forty people.' } });
  });

  it('refuses steps out of order with 409 and leaves the question as it was', async () => {
    const asked = await askB(ctx.server, ctx.world);
    expect((await call(ctx.server.url, ctx.world.owner, 'POST', qaPath(ctx.world, `/${asked.id}/accept`))).status).toBe(409);
    expect((await call(ctx.server.url, ctx.world.owner, 'PUT', qaPath(ctx.world, `/${asked.id}/faq`), { faq: true })).status).toBe(409);
    expect((await call(ctx.server.url, ctx.world.owner, 'POST', qaPath(ctx.world, `/${asked.id}/send-back`), { reason: 'no' })).status).toBe(409);
    const after = await call<{ status: string; faq: boolean }>(ctx.server.url, ctx.world.owner, 'GET', qaPath(ctx.world, `/${asked.id}`));
    expect(after.body).toMatchObject({ status: 'open', faq: false });
  });

  it('refuses citing files the data room does not know, and approver designation by the other side', async () => {
    const asked = await askB(ctx.server, ctx.world);
    const cited = await call<{ message: string }>(ctx.server.url, ctx.world.colleagueB, 'PUT', qaPath(ctx.world, `/${asked.id}/draft`), { body: 'See file', fileIds: ['ghost'] });
    expect(cited.status).toBe(400);
    expect((await call(ctx.server.url, ctx.world.adviserA, 'PUT', qaPath(ctx.world, `/approvers/${ctx.world.colleagueB.user.id}`), { approver: true })).status).toBe(403);
    expect((await call(ctx.server.url, ctx.world.partyB, 'PUT', qaPath(ctx.world, `/approvers/${ctx.world.drifter.user.id}`), { approver: true })).status).toBe(400);
    const after = await call<{ status: string; draft: unknown }>(ctx.server.url, ctx.world.partyB, 'GET', qaPath(ctx.world, `/${asked.id}`));
    expect(after.body).toMatchObject({ status: 'open', draft: null });
  });
});
