// Works out whom a comment mentions, and tells them through the notification center: people
// mentioned (comment.mention) and those who started or took part in a thread that got a reply
// (comment.reply). Only current deal members are told; a failed notification is logged, never
// undoing the comment.
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { ThreadView } from '../../shared/schemas/comments.ts';
import type { DealMemberRepository, DealPresenter, DealRecord } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import type { NotificationPort, NotificationRequest } from '../notifications/index.ts';
import { notifyQuietly } from '../notifications/index.ts';
import { mentionsInBody, resolveMentions } from './mentions.ts';

export interface CommentNews {
  deal: DealRecord;
  thread: ThreadView;
  commentId: string;
  by: PublicUser;
  excerpt: string;
}

export class MentionNotifier {
  constructor(
    private readonly members: DealMemberRepository,
    private readonly presenter: DealPresenter,
    private readonly port: NotificationPort | undefined,
    private readonly logger: Logger,
  ) {}

  /** User ids of the deal members named explicitly or as `@e-mail` in the body. */
  async resolve(deal: DealRecord, explicit: readonly string[], body: string, authorId: string): Promise<string[]> {
    const references = [...explicit, ...mentionsInBody(body)];
    if (references.length === 0) return [];
    const view = await this.presenter.view(deal, await this.members.membersOf(deal._id));
    return resolveMentions(references, view.members, authorId);
  }

  async notify(news: CommentNews, userIds: readonly string[]): Promise<void> {
    await this.send('comment.mention', news, userIds);
  }

  /** Tells the thread's starter and earlier commenters of a reply, except those it mentions (they hear of it as a mention). */
  async replied(news: CommentNews, mentioned: readonly string[]): Promise<void> {
    const taking = new Set([news.thread.createdBy.id, ...news.thread.comments.map((comment) => comment.author.id)]);
    const members = new Set((await this.members.membersOf(news.deal._id)).map((member) => member.userId));
    await this.send('comment.reply', news, [...taking].filter((userId) => members.has(userId) && !mentioned.includes(userId)));
  }

  private send(type: NotificationRequest['type'], news: CommentNews, recipientIds: readonly string[]): Promise<void> {
    const request: NotificationRequest = {
      type,
      recipientIds,
      subject: { kind: 'deal', id: news.deal._id, dealId: news.deal._id, title: news.deal.title },
      actor: { id: news.by.id, name: news.by.name },
      data: { threadId: news.thread.id, commentId: news.commentId, excerpt: news.excerpt },
    };
    return notifyQuietly(this.port, request, this.logger);
  }
}
