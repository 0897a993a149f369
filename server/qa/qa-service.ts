// Q&A commands of a deal room: a side asks the other a question, the answering side drafts (any of
// its members, the assignee first of all) and its approver approves, the asker accepts or sends the
// answer back, the owner or the asking side puts it in the FAQ; internal notes per side, and each
// side's approvers. Who may is decided in deal-roles.ts, what each reader sees in the presenter.
import { randomUUID } from 'node:crypto';
import { readSections, readTerm } from '../../shared/deal-docs.ts';
import { formatDocName } from '../../shared/doc-names.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { AskQuestionBody, DraftAnswerBody, QaAnchor, QaListView, QuestionQuery, QuestionView, UpdateQuestionBody } from '../../shared/schemas/qa.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { DocRegistry } from '../collab/index.ts';
import { canActForSide, canApproveFor, canDesignateApproversFor, canPromoteToFaq, canReadQuestions, sideOf, type DealGuard, type DealMemberRepository, type DealMembership } from '../deals/index.ts';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../http/index.ts';
import { checkStep, dayOf, QA_STEPS, type QaStep } from './question-flow.ts';
import type { QaNotifier } from './qa-notifier.ts';
import type { QuestionPresenter } from './question-presenter.ts';
import type { PushAudience, QuestionPusher } from './question-pusher.ts';
import type { QuestionChanges, QuestionRecord, QuestionRepository } from './question-repository.ts';

/** The data room as Q&A needs it: which of these file ids the user may not see (or do not exist). */
export interface QaFilePort {
  unknownFileIds(user: PublicUser, dealId: string, fileIds: readonly string[]): Promise<string[]>;
}

export interface QaServiceDeps {
  questions: QuestionRepository;
  guard: DealGuard;
  members: DealMemberRepository;
  presenter: QuestionPresenter;
  pusher: QuestionPusher;
  notifier: QaNotifier;
  registry: DocRegistry;
  files: QaFilePort;
  clock?: Clock;
  /** Told after every change to a deal's questions (the dashboard's counts follow). */
  onChanged?: (dealId: string) => void;
}

const NO_SIDE = 'You act for no side of this deal, so you read its FAQ only; ask the owner to set the side you advise';
const bad = (message: string) => new AppError(ErrorCode.BadRequest, message);

export class QaService {
  private readonly clock: Clock;

  constructor(private readonly deps: QaServiceDeps) {
    this.clock = deps.clock ?? systemClock;
  }

  async list(user: PublicUser, dealId: string, query: QuestionQuery): Promise<QaListView> {
    const { deal, member } = await this.deps.guard.member(user, dealId);
    const side = sideOf(member);
    const all = await this.deps.questions.questionsOf(dealId);
    const views = await this.viewsFor(all.filter((question) => question.faq || canReadQuestions(member)), side);
    const approvers = await this.deps.questions.approversOf(dealId);
    const designated = approvers.some((entry) => entry.userId === user.id);
    return {
      questions: canReadQuestions(member) ? views.filter((view) => matches(view, query, user.id, side)) : [],
      faq: views.filter((view) => view.faq),
      can: { side, read: canReadQuestions(member), ask: side !== null && deal.orgIds.length > 1, approves: side !== null && canApproveFor(member, side, designated), designate: side !== null && canDesignateApproversFor(member, side) },
      approvers: approvers.map((entry) => ({ userId: entry.userId, orgId: entry.orgId })),
    };
  }

  async get(user: PublicUser, dealId: string, questionId: string): Promise<QuestionView> {
    const { member } = await this.deps.guard.member(user, dealId);
    const question = await this.existing(dealId, questionId);
    if (!question.faq && !canReadQuestions(member)) throw new NotFoundError('Question');
    return (await this.viewsFor([question], sideOf(member)))[0];
  }

  async ask(user: PublicUser, dealId: string, body: AskQuestionBody): Promise<QuestionView> {
    const { deal, member } = await this.deps.guard.member(user, dealId);
    const side = sideOf(member);
    if (!side) throw new ForbiddenError(NO_SIDE);
    const to = body.toOrgId ?? soleOther(deal.orgIds, side);
    if (to === side) throw bad('A question goes to the other side; your own side is the one asking');
    if (!deal.orgIds.includes(to)) throw bad('The side asked is not one of the deal’s organisations');
    this.checkDue(body.dueDate);
    if (body.assigneeId) await this.checkAssignee(dealId, body.assigneeId, to);
    await this.checkAnchor(user, dealId, body.anchor);
    const now = this.clock();
    const question = await this.deps.questions.insert({
      _id: randomUUID(), dealId, askingOrgId: side, answeringOrgId: to, askedBy: user.id,
      title: body.title, body: body.body, category: body.category, priority: body.priority, dueDate: body.dueDate,
      assigneeId: body.assigneeId, anchor: body.anchor, status: 'open', draft: null, answer: null, sentBack: null, faq: false,
      createdAt: now, updatedAt: now,
    });
    await this.announce({ deal, member }, question, { kind: 'all' });
    await this.deps.notifier.asked(deal, question, user, await this.approverIds(dealId, to));
    return this.viewFor(question, side);
  }

  /** The answering side picks who answers; the asking side changes priority and due date. */
  async update(user: PublicUser, dealId: string, questionId: string, body: UpdateQuestionBody): Promise<QuestionView> {
    const membership = await this.deps.guard.member(user, dealId);
    const question = await this.existing(dealId, questionId);
    if (body.assigneeId !== undefined && !canActForSide(membership.member, question.answeringOrgId)) throw new ForbiddenError('Only the answering side picks who answers');
    if ((body.priority !== undefined || body.dueDate !== undefined) && !canActForSide(membership.member, question.askingOrgId)) throw new ForbiddenError('Only the asking side changes the priority and due date');
    if (body.assigneeId) await this.checkAssignee(dealId, body.assigneeId, question.answeringOrgId);
    if (body.dueDate !== undefined) this.checkDue(body.dueDate);
    if (question.status === 'closed') throw new ConflictError('This question is closed');
    const updated = await this.apply(question, question.status, { ...body, updatedAt: this.clock() });
    await this.announce(membership, updated, { kind: 'all' });
    if (body.assigneeId && body.assigneeId !== question.assigneeId) await this.deps.notifier.assigned(membership.deal, updated, user);
    return this.viewFor(updated, sideOf(membership.member));
  }

  async draft(user: PublicUser, dealId: string, questionId: string, body: DraftAnswerBody): Promise<QuestionView> {
    const { membership, question, to } = await this.step(user, dealId, questionId, 'draft');
    const unknown = await this.deps.files.unknownFileIds(user, dealId, body.fileIds);
    if (unknown.length > 0) throw bad(`No file of this deal's data room has the id ${unknown.join(', ')}`);
    const now = this.clock();
    const draft = { body: body.body, fileIds: [...new Set(body.fileIds)], draftedBy: user.id, approvedBy: null, at: now };
    const updated = await this.apply(question, question.status, { status: to, draft, updatedAt: now });
    await this.announce(membership, updated, { kind: 'side', orgId: question.answeringOrgId });
    await this.deps.notifier.drafted(membership.deal, updated, user, await this.approverIds(dealId, question.answeringOrgId));
    return this.viewFor(updated, question.answeringOrgId);
  }

  async approve(user: PublicUser, dealId: string, questionId: string): Promise<QuestionView> {
    const membership = await this.deps.guard.member(user, dealId);
    const question = await this.existing(dealId, questionId);
    if (canActForSide(membership.member, question.askingOrgId)) throw new ForbiddenError('Approval is for answers: your side asked this question, the other side approves its answer');
    const designated = (await this.approverIds(dealId, question.answeringOrgId)).includes(user.id);
    if (!canApproveFor(membership.member, question.answeringOrgId, designated)) throw new ForbiddenError('Only the owner or a designated approver of the answering side approves its answers');
    const to = this.checkedStep('approve', question);
    const draft = question.draft;
    if (!draft) throw new ConflictError('There is no draft to approve');
    const now = this.clock();
    const updated = await this.apply(question, question.status, { status: to, draft: null, answer: { ...draft, approvedBy: user.id, at: now }, sentBack: null, updatedAt: now });
    await this.announce(membership, updated, { kind: 'all' });
    await this.deps.notifier.answered(membership.deal, updated, user);
    return this.viewFor(updated, sideOf(membership.member));
  }

  async accept(user: PublicUser, dealId: string, questionId: string): Promise<QuestionView> {
    const { membership, question, to } = await this.step(user, dealId, questionId, 'accept');
    const updated = await this.apply(question, question.status, { status: to, updatedAt: this.clock() });
    await this.announce(membership, updated, { kind: 'all' });
    return this.viewFor(updated, question.askingOrgId);
  }

  async sendBack(user: PublicUser, dealId: string, questionId: string, reason: string): Promise<QuestionView> {
    const { membership, question, to } = await this.step(user, dealId, questionId, 'send-back');
    const now = this.clock();
    const updated = await this.apply(question, question.status, { status: to, sentBack: { reason, by: user.id, at: now }, updatedAt: now });
    await this.announce(membership, updated, { kind: 'all' });
    await this.deps.notifier.sentBack(membership.deal, updated, user, reason);
    return this.viewFor(updated, question.askingOrgId);
  }

  async promote(user: PublicUser, dealId: string, questionId: string, faq: boolean): Promise<QuestionView> {
    const membership = await this.deps.guard.member(user, dealId);
    const question = await this.existing(dealId, questionId);
    if (!canPromoteToFaq(membership.member, question.askingOrgId)) throw new ForbiddenError('Only the owner or the side that asked puts a question in the FAQ');
    this.checkedStep('promote', question);
    const updated = await this.apply(question, question.status, { faq, updatedAt: this.clock() });
    await this.announce(membership, { ...updated, faq: faq || question.faq }, { kind: 'all' });
    return this.viewFor(updated, sideOf(membership.member));
  }

  async note(user: PublicUser, dealId: string, questionId: string, body: string): Promise<QuestionView> {
    const membership = await this.deps.guard.member(user, dealId);
    const question = await this.existing(dealId, questionId);
    const side = sideOf(membership.member);
    if (!side || (side !== question.askingOrgId && side !== question.answeringOrgId)) throw new ForbiddenError('Internal notes are for the two sides of the question');
    await this.deps.questions.insertNote({ _id: randomUUID(), dealId, questionId, orgId: side, authorId: user.id, body, at: this.clock() });
    await this.announce(membership, question, { kind: 'side', orgId: side });
    return this.viewFor(question, side);
  }

  /** The owner, or a party of that side, designates (or stops designating) a member of the side as approver. */
  async setApprover(user: PublicUser, dealId: string, userId: string, approver: boolean): Promise<QaListView> {
    const { member: actor } = await this.deps.guard.member(user, dealId);
    const target = await this.deps.members.find(dealId, userId);
    if (!target) throw new NotFoundError('Member');
    const side = sideOf(target);
    if (!side) throw bad('An approver acts for a side; this member acts for none');
    if (!canDesignateApproversFor(actor, side)) throw new ForbiddenError('Only the owner or a party of that side designates its approvers');
    await this.deps.questions.setApprover({ _id: `${dealId}:${userId}`, dealId, userId, orgId: side, by: user.id, at: this.clock() }, approver);
    return this.list(user, dealId, {});
  }

  /** The caller's membership and the question, once the caller's side may take `step` from its status. */
  private async step(user: PublicUser, dealId: string, questionId: string, step: QaStep) {
    const membership = await this.deps.guard.member(user, dealId);
    const question = await this.existing(dealId, questionId);
    const rule = QA_STEPS[step];
    const side = rule.side === 'answering' ? question.answeringOrgId : question.askingOrgId;
    if (!canActForSide(membership.member, side)) {
      throw new ForbiddenError(rule.side === 'answering' ? 'Only members of the answering side answer this question' : 'Only the side that asked takes this step');
    }
    return { membership, question, to: this.checkedStep(step, question) };
  }

  private checkedStep(step: QaStep, question: QuestionRecord) {
    const check = checkStep(step, question.status);
    if (!check.ok) throw new ConflictError(check.reason);
    return check.to;
  }

  /** Applies the change unless someone moved the question first (then 409, nothing written). */
  private async apply(question: QuestionRecord, status: QuestionRecord['status'], changes: QuestionChanges): Promise<QuestionRecord> {
    if (!(await this.deps.questions.updateIf(question._id, status, changes))) throw new ConflictError('Someone changed this question meanwhile; reload it');
    return { ...question, ...changes };
  }

  private announce({ deal }: DealMembership, question: QuestionRecord, audience: PushAudience): Promise<void> {
    this.deps.onChanged?.(deal._id);
    return this.deps.pusher.push(deal, question, audience, dayOf(this.clock()));
  }

  private async viewsFor(questions: QuestionRecord[], side: string | null): Promise<QuestionView[]> {
    const notes = side ? await this.deps.questions.notesOf(questions.map((question) => question._id), side) : [];
    return this.deps.presenter.views(questions, { side }, notes, dayOf(this.clock()));
  }

  private async viewFor(question: QuestionRecord, side: string | null): Promise<QuestionView> {
    return (await this.viewsFor([question], side))[0];
  }

  private async existing(dealId: string, questionId: string): Promise<QuestionRecord> {
    const question = await this.deps.questions.find(dealId, questionId);
    if (!question) throw new NotFoundError('Question');
    return question;
  }

  private async approverIds(dealId: string, orgId: string): Promise<string[]> {
    return (await this.deps.questions.approversOf(dealId)).filter((entry) => entry.orgId === orgId).map((entry) => entry.userId);
  }

  private checkDue(dueDate: string | null): void {
    if (dueDate !== null && dueDate < dayOf(this.clock())) throw bad(`The due date ${dueDate} is in the past`);
  }

  private async checkAssignee(dealId: string, assigneeId: string, answeringOrgId: string): Promise<void> {
    const assignee = await this.deps.members.find(dealId, assigneeId);
    if (!assignee || sideOf(assignee) !== answeringOrgId) throw bad('The assignee must be a member of the answering side');
  }

  private async checkAnchor(user: PublicUser, dealId: string, anchor: QaAnchor | null): Promise<void> {
    if (!anchor) return;
    if (anchor.type === 'file') {
      if ((await this.deps.files.unknownFileIds(user, dealId, [anchor.fileId])).length > 0) throw bad('No file of this deal’s data room has that id');
    } else if (anchor.type === 'term') {
      if (!(await this.deps.registry.read(formatDocName('board', dealId), (shared) => readTerm(shared.doc, anchor.termId)))) throw bad('The board has no such term');
    } else if (!(await this.deps.registry.read(formatDocName('dossier', dealId), (shared) => readSections(shared.doc).some((section) => section.key === anchor.section)))) {
      throw bad(`The dossier has no section "${anchor.section}"`);
    }
  }
}

/** The one other side of a two-sided deal; with more, the asker must name it. */
function soleOther(orgIds: readonly string[], side: string): string {
  const others = orgIds.filter((orgId) => orgId !== side);
  if (others.length !== 1) throw bad(others.length === 0 ? 'This deal has no other side to ask' : 'Name the side you ask (toOrgId)');
  return others[0];
}

function matches(view: QuestionView, query: QuestionQuery, userId: string, side: string | null): boolean {
  if (query.status && view.status !== query.status) return false;
  if (query.category && view.category !== query.category) return false;
  if (query.overdue === '1' && !view.overdue) return false;
  if (query.mine === '1') {
    const answering = side === view.answeringOrgId;
    if (view.askedBy.id !== userId && view.assignee?.id !== userId && !(answering && view.draft?.draftedBy.id === userId)) return false;
  }
  return true;
}

