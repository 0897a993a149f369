// The Q&A rules as pure functions: the state machine's steps, the status each side sees, overdue,
// the sides members act for, and what the presenter lets each reader see of a question.
import { describe, expect, it } from 'vitest';
import type { UserRepository } from '../../server/auth/index.ts';
import { canApproveFor, canPromoteToFaq, canReadQuestions, sideOf } from '../../server/deals/index.ts';
import { countQuestions } from '../../server/qa/question-counts.ts';
import { checkStep, isOverdue, statusSeenBy } from '../../server/qa/question-flow.ts';
import { QuestionPresenter } from '../../server/qa/question-presenter.ts';
import type { QuestionRecord } from '../../server/qa/question-repository.ts';

const member = (role: 'party' | 'adviser' | 'manager', extra: { orgId?: string | null; advises?: string | null; owner?: boolean } = {}) => ({
  role,
  orgId: extra.orgId ?? null,
  advises: extra.advises,
  owner: extra.owner ?? false,
  editGrants: [],
});

describe('the Q&A state machine', () => {
  it.each([
    ['draft', 'open', 'drafted'],
    ['draft', 'drafted', 'drafted'],
    ['approve', 'drafted', 'answered'],
    ['accept', 'answered', 'closed'],
    ['send-back', 'answered', 'open'],
    ['promote', 'answered', 'answered'],
    ['promote', 'closed', 'closed'],
  ] as const)('lets %s lead from %s to %s', (step, from, to) => {
    expect(checkStep(step, from)).toEqual({ ok: true, to });
  });

  it.each([
    ['approve', 'open'],
    ['approve', 'answered'],
    ['accept', 'drafted'],
    ['send-back', 'closed'],
    ['draft', 'answered'],
    ['draft', 'closed'],
    ['promote', 'open'],
  ] as const)('refuses %s from %s with a reason', (step, from) => {
    const check = checkStep(step, from);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(from);
  });

  it('shows a drafted question as open to everyone but the answering side', () => {
    expect(statusSeenBy('drafted', true)).toBe('drafted');
    expect(statusSeenBy('drafted', false)).toBe('open');
    expect(statusSeenBy('answered', false)).toBe('answered');
  });

  it('flags questions past their due day that still wait for an answer', () => {
    expect(isOverdue({ dueDate: '2030-01-01', status: 'open' }, '2030-01-02')).toBe(true);
    expect(isOverdue({ dueDate: '2030-01-01', status: 'drafted' }, '2030-01-02')).toBe(true);
    expect(isOverdue({ dueDate: '2030-01-02', status: 'open' }, '2030-01-02')).toBe(false);
    expect(isOverdue({ dueDate: '2030-01-01', status: 'answered' }, '2030-01-05')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'open' }, '2030-01-05')).toBe(false);
  });
});

describe('sides in deal-roles', () => {
  it('gives parties their organisation, advisers the side they advise, managers none', () => {
    expect(sideOf(member('party', { orgId: 'A' }))).toBe('A');
    expect(sideOf(member('adviser', { advises: 'B' }))).toBe('B');
    expect(sideOf(member('adviser'))).toBeNull();
    expect(sideOf(member('manager', { orgId: 'A' }))).toBeNull();
  });

  it('lets only members with a side, and managers, read questions beyond the FAQ', () => {
    expect(canReadQuestions(member('adviser'))).toBe(false);
    expect(canReadQuestions(member('manager'))).toBe(true);
    expect(canReadQuestions(member('adviser', { advises: 'A' }))).toBe(true);
  });

  it('lets the owner or a designated approver approve, for their own side only', () => {
    expect(canApproveFor(member('party', { orgId: 'B' }), 'B', false)).toBe(false);
    expect(canApproveFor(member('party', { orgId: 'B' }), 'B', true)).toBe(true);
    expect(canApproveFor(member('party', { orgId: 'A', owner: true }), 'B', false)).toBe(false);
    expect(canApproveFor(member('party', { orgId: 'A', owner: true }), 'A', false)).toBe(true);
    expect(canPromoteToFaq(member('manager', { owner: true }), 'A')).toBe(true);
    expect(canPromoteToFaq(member('party', { orgId: 'B' }), 'A')).toBe(false);
  });
});

describe('what a reader sees of a question', () => {
  const users = { findByIds: async (ids: string[]) => ids.map((id) => ({ _id: id, name: `Name ${id}` })) } as unknown as UserRepository;
  const at = new Date('2030-01-01T00:00:00Z');
  const question: QuestionRecord = {
    _id: 'q1', dealId: 'd1', number: 1, askingOrgId: 'A', answeringOrgId: 'B', askedBy: 'asker', title: 'Headcount?', body: '', category: 'hr', priority: 'normal',
    dueDate: '2029-12-01', assigneeId: 'assignee', anchor: null, status: 'drafted', faq: false, sentBack: null, createdAt: at, updatedAt: at,
    draft: { body: 'secret draft', fileIds: [], draftedBy: 'assignee', approvedBy: null, at },
    answer: { body: 'earlier answer', fileIds: [], draftedBy: 'assignee', approvedBy: 'approver', at },
  };
  const notes = [
    { _id: 'n1', dealId: 'd1', questionId: 'q1', orgId: 'B', authorId: 'assignee', body: 'B note', at },
    { _id: 'n2', dealId: 'd1', questionId: 'q1', orgId: 'A', authorId: 'asker', body: 'A note', at },
  ];
  const presenter = new QuestionPresenter(users);

  it('shows the answering side its draft and its own notes', async () => {
    const [view] = await presenter.views([question], { side: 'B' }, notes, '2030-01-01');
    expect(view).toMatchObject({ status: 'drafted', draft: { body: 'secret draft' }, overdue: true });
    expect(view.notes.map((note) => note.body)).toEqual(['B note']);
  });

  it.each([['the asking side', 'A'], ['a manager', null]])('never shows %s the draft or the other side’s notes', async (_who, side) => {
    const [view] = await presenter.views([question], { side }, notes, '2030-01-01');
    expect(view).toMatchObject({ status: 'open', draft: null, answer: { body: 'earlier answer', approvedBy: { name: 'Name approver' } } });
    expect(JSON.stringify(view)).not.toContain('secret draft');
    expect(JSON.stringify(view)).not.toContain('B note');
  });
});

describe('the dashboard counts', () => {
  it('counts open and drafted questions per deal as open, those due before today as overdue, and nothing answered', () => {
    const q = (dealId: string, status: QuestionRecord['status'], dueDate: string | null = null) => ({ dealId, status, dueDate });
    const counts = countQuestions(
      [q('d1', 'open', '2027-03-01'), q('d1', 'drafted', '2027-03-09'), q('d1', 'answered', '2027-01-01'), q('d1', 'closed'), q('d2', 'open'), q('d3', 'closed')],
      '2027-03-05',
    );
    expect(Object.fromEntries(counts)).toEqual({ d1: { open: 2, overdue: 1 }, d2: { open: 1, overdue: 0 } });
  });
});
