// Comment commands of a deal room: open a thread on a dossier range or a term, reply, edit one's
// own comment, resolve and reopen. Every member with a comment role may comment; each command is
// checked, stored, recorded in the activity trail and pushed to the deal room; @mentioned
// members and the thread's participants are notified through the notification center.
import { randomUUID } from 'node:crypto';
import { anchorPlacement, readSections, readTerm, sectionFragmentName } from '../../shared/deal-docs.ts';
import { formatDocName } from '../../shared/doc-names.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import {
  COMMENT_MAX_BYTES,
  utf8Bytes,
  type CommentAnchor,
  type CreateThreadBody,
  type ReplyBody,
  type ThreadStatus,
  type ThreadView,
} from '../../shared/schemas/comments.ts';
import type { ValidationDetail } from '../../shared/schemas/validation-details.ts';
import type { DocRegistry } from '../collab/index.ts';
import { DealActivity, DealGuard, DealMemberRepository, DealPresenter, canComment, dealRoom, type DealMembership } from '../deals/index.ts';
import { AppError, ForbiddenError, NotFoundError } from '../http/index.ts';
import type { NotificationPort } from '../notifications/index.ts';
import type { Logger } from '../logger.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { CommentPresenter } from './comment-presenter.ts';
import type { CommentRecord, CommentRepository, ThreadFilter, ThreadRecord } from './comment-repository.ts';
import { MentionNotifier } from './mention-notifier.ts';
import { withMentionNames } from './mentions.ts';

export interface CommentServiceDeps {
  comments: CommentRepository;
  guard: DealGuard;
  members: DealMemberRepository;
  dealPresenter: DealPresenter;
  presenter: CommentPresenter;
  activity: DealActivity;
  registry: DocRegistry;
  io: AppSocketServer;
  /** Where mentions and replies tell people; absent = nobody is told. */
  notifications?: NotificationPort;
  logger: Logger;
}

const NO_COMMENT = 'Your role in this deal cannot comment';

function checkSize(body: string): void {
  const bytes = utf8Bytes(body);
  if (bytes > COMMENT_MAX_BYTES) {
    const message = `A comment is at most 10 KB (${COMMENT_MAX_BYTES} bytes of text); this one is ${bytes} bytes`;
    const details: ValidationDetail[] = [{ path: 'body', message, max: COMMENT_MAX_BYTES, unit: 'bytes' }];
    throw new AppError(ErrorCode.PayloadTooLarge, message, details);
  }
}

/** The start of a comment for notifications and trails, its mentions as `@Name`, never `@e-mail`. */
function excerpt(body: string, mentioned: readonly { name: string; email: string }[]): string {
  const named = withMentionNames(body, mentioned);
  return named.length > 140 ? `${named.slice(0, 139)}…` : named;
}

export class CommentService {
  private readonly mentions: MentionNotifier;

  constructor(private readonly deps: CommentServiceDeps) {
    this.mentions = new MentionNotifier(deps.members, deps.dealPresenter, deps.notifications, deps.logger);
  }

  async list(user: PublicUser, dealId: string, filter: ThreadFilter): Promise<ThreadView[]> {
    await this.deps.guard.member(user, dealId);
    const threads = await this.deps.comments.threadsOf(dealId, filter);
    return this.deps.presenter.threads(threads, await this.deps.comments.commentsOf(threads.map((thread) => thread._id)));
  }

  async open(user: PublicUser, dealId: string, body: CreateThreadBody): Promise<ThreadView> {
    const membership = await this.deps.guard.require(user, dealId, canComment, NO_COMMENT);
    checkSize(body.body);
    await this.checkAnchor(dealId, body.anchor);
    const now = new Date();
    const thread: ThreadRecord = {
      _id: randomUUID(),
      dealId,
      doc: body.anchor.doc,
      anchor: body.anchor,
      termId: body.anchor.type === 'term' ? body.anchor.termId : null,
      status: 'open',
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
      resolvedBy: null,
      resolvedAt: null,
    };
    await this.deps.comments.insertThread(thread);
    return this.addComment(user, membership, thread, body, 'comment.created');
  }

  async reply(user: PublicUser, dealId: string, threadId: string, body: ReplyBody): Promise<ThreadView> {
    const membership = await this.deps.guard.require(user, dealId, canComment, NO_COMMENT);
    checkSize(body.body);
    const thread = await this.existingThread(dealId, threadId);
    return this.addComment(user, membership, thread, body, 'comment.replied');
  }

  async edit(user: PublicUser, dealId: string, threadId: string, commentId: string, body: string): Promise<ThreadView> {
    const membership = await this.deps.guard.require(user, dealId, canComment, NO_COMMENT);
    checkSize(body);
    const thread = await this.existingThread(dealId, threadId);
    const comment = await this.deps.comments.findComment(threadId, commentId);
    if (!comment) throw new NotFoundError('Comment');
    if (comment.authorId !== user.id) throw new ForbiddenError('Only the author can edit a comment');
    const now = new Date();
    const mentions = await this.mentions.resolve(membership.deal, [], body, user.id);
    await this.deps.comments.editComment(commentId, body, mentions, now);
    await this.deps.comments.touchThread(threadId, now);
    const view = await this.view({ ...thread, updatedAt: now });
    this.deps.io.to(dealRoom(dealId)).emit('comment:updated', { dealId, thread: view, change: 'edited' });
    const fresh = mentions.filter((userId) => !comment.mentions.includes(userId));
    const shown = excerpt(body, view.comments.find((entry) => entry.id === commentId)?.mentions ?? []);
    await this.mentions.notify({ deal: membership.deal, thread: view, commentId, by: user, excerpt: shown }, fresh);
    await this.deps.activity.record({ actor: user, deal: membership.deal, action: 'comment.edited', actingOrgId: membership.member.orgId, before: { threadId, commentId }, after: { excerpt: shown } });
    return view;
  }

  resolve(user: PublicUser, dealId: string, threadId: string): Promise<ThreadView> {
    return this.setStatus(user, dealId, threadId, 'resolved');
  }

  reopen(user: PublicUser, dealId: string, threadId: string): Promise<ThreadView> {
    return this.setStatus(user, dealId, threadId, 'open');
  }

  private async setStatus(user: PublicUser, dealId: string, threadId: string, status: ThreadStatus): Promise<ThreadView> {
    const { deal, member } = await this.deps.guard.require(user, dealId, canComment, NO_COMMENT);
    const thread = await this.existingThread(dealId, threadId);
    if (thread.status === status) return this.view(thread);
    const now = new Date();
    await this.deps.comments.setStatus(threadId, status, user.id, now);
    const resolved = status === 'resolved';
    const view = await this.view({ ...thread, status, updatedAt: now, resolvedBy: resolved ? user.id : null, resolvedAt: resolved ? now : null });
    const change = resolved ? 'resolved' : 'reopened';
    this.deps.io.to(dealRoom(dealId)).emit('comment:updated', { dealId, thread: view, change });
    await this.deps.activity.record({ actor: user, deal, action: resolved ? 'comment.resolved' : 'comment.reopened', actingOrgId: member.orgId, before: { threadId, status: thread.status }, after: { threadId, status } });
    return view;
  }

  private async addComment(user: PublicUser, { deal, member }: DealMembership, thread: ThreadRecord, body: ReplyBody, action: 'comment.created' | 'comment.replied'): Promise<ThreadView> {
    const now = action === 'comment.created' ? thread.createdAt : new Date();
    const comment: CommentRecord = {
      _id: randomUUID(),
      threadId: thread._id,
      dealId: deal._id,
      authorId: user.id,
      body: body.body,
      mentions: await this.mentions.resolve(deal, body.mentions, body.body, user.id),
      createdAt: now,
      editedAt: null,
    };
    await this.deps.comments.insertComment(comment);
    if (action !== 'comment.created') await this.deps.comments.touchThread(thread._id, now);
    const view = await this.view({ ...thread, updatedAt: now });
    const commentView = view.comments.find((entry) => entry.id === comment._id);
    if (commentView) this.deps.io.to(dealRoom(deal._id)).emit('comment:created', { dealId: deal._id, thread: view, comment: commentView });
    const news = { deal, thread: view, commentId: comment._id, by: user, excerpt: excerpt(comment.body, commentView?.mentions ?? []) };
    await this.mentions.notify(news, comment.mentions);
    if (action === 'comment.replied') await this.mentions.replied(news, comment.mentions);
    await this.deps.activity.record({
      actor: user,
      deal,
      action,
      actingOrgId: member.orgId,
      before: null,
      after: { threadId: thread._id, commentId: comment._id, anchor: thread.anchor.type, excerpt: news.excerpt, mentions: comment.mentions },
    });
    return view;
  }

  private async view(thread: ThreadRecord): Promise<ThreadView> {
    return this.deps.presenter.thread(thread, await this.deps.comments.commentsOf([thread._id]));
  }

  private async existingThread(dealId: string, threadId: string): Promise<ThreadRecord> {
    const thread = await this.deps.comments.findThread(dealId, threadId);
    if (!thread) throw new NotFoundError('Thread');
    return thread;
  }

  /** A text anchor must decode and name a dossier section; a term anchor must name a board term. */
  private async checkAnchor(dealId: string, anchor: CommentAnchor): Promise<void> {
    if (anchor.type === 'term') {
      const term = await this.deps.registry.read(formatDocName('board', dealId), (shared) => readTerm(shared.doc, anchor.termId));
      if (!term) throw new NotFoundError('Term');
      return;
    }
    const fragment = sectionFragmentName(anchor.section);
    const { known, placements } = await this.deps.registry.read(formatDocName('dossier', dealId), (shared) => ({
      known: readSections(shared.doc).some((section) => section.key === anchor.section),
      placements: [anchorPlacement(shared.doc, anchor.start, fragment), anchorPlacement(shared.doc, anchor.end, fragment)],
    }));
    if (!known) throw new AppError(ErrorCode.BadRequest, `The dossier has no section "${anchor.section}"`);
    if (placements.includes('malformed')) {
      throw new AppError(ErrorCode.BadRequest, 'The anchor positions are not Yjs relative positions (Y.encodeRelativePosition, base64)');
    }
    // A position in text the server has not received yet is accepted: the author may comment on
    // what they just typed, and the edit is on its way.
    if (placements.includes('outside')) throw new AppError(ErrorCode.BadRequest, `The anchor is not inside the section "${anchor.section}"`);
  }
}
