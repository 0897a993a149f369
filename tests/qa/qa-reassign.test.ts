// Changing who answers a question, as the Q&A tab's assignee picker does it: the answering side
// reassigns (and the new assignee is told), the asking side may not, and an assignee off the
// answering side is refused with the question left as it was.
import { describe, expect, it } from 'vitest';
import type { NotificationPage } from '../../shared/schemas/notifications.ts';
import type { QuestionView } from '../../shared/schemas/qa.ts';
import type { TestUser } from '../helpers/api.ts';
import { waitFor } from '../helpers/wait.ts';
import { call } from '../deals/deal-helpers.ts';
import { askB, qaPath, useQaWorld } from './qa-world.ts';

describe('reassigning a question', () => {
  const ctx = useQaWorld();

  const reassign = (user: TestUser, questionId: string, assigneeId: string | null) =>
    call<QuestionView & { message: string }>(ctx.server.url, user, 'PATCH', qaPath(ctx.world, `/${questionId}`), { assigneeId });
  const assigneeOf = async (questionId: string) =>
    (await call<QuestionView>(ctx.server.url, ctx.world.partyB, 'GET', qaPath(ctx.world, `/${questionId}`))).body.assignee?.id ?? null;
  const assignedNotices = async (user: TestUser, questionId: string) => {
    const page = await call<NotificationPage>(ctx.server.url, user, 'GET', '/api/notifications?pageSize=100');
    return page.body.notifications.filter((item) => item.type === 'qa.assigned' && item.data.questionId === questionId).length;
  };

  it('lets the answering side hand a question to a colleague, who is told', async () => {
    const { partyB, colleagueB } = ctx.world;
    const asked = await askB(ctx.server, ctx.world);
    const handed = await reassign(colleagueB, asked.id, partyB.user.id);
    expect(handed.status).toBe(200);
    expect(handed.body.assignee).toMatchObject({ id: partyB.user.id });
    await waitFor(async () => (await assignedNotices(partyB, asked.id)) === 1, 'the new assignee to be told');
    const cleared = await reassign(partyB, asked.id, null);
    expect(cleared.status).toBe(200);
    expect(await assigneeOf(asked.id)).toBeNull();
  });

  it('refuses the asking side, and assignees off the answering side, changing nothing', async () => {
    const { owner, colleagueB, adviserA, outsider, drifter } = ctx.world;
    const asked = await askB(ctx.server, ctx.world);
    expect((await reassign(owner, asked.id, owner.user.id)).status).toBe(403);
    for (const stranger of [adviserA, outsider, drifter]) {
      const refused = await reassign(colleagueB, asked.id, stranger.user.id);
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(/member of the answering side/);
    }
    expect(await assigneeOf(asked.id)).toBe(colleagueB.user.id);
  });
});
