// Works out whom a comment mentions and tells each of them in their own Socket.IO room.
import { randomUUID } from 'node:crypto';
import type { PublicUser } from '../../shared/protocol.ts';
import type { ThreadView } from '../../shared/schemas/comments.ts';
import type { DealMemberRepository, DealPresenter, DealRecord } from '../deals/index.ts';
import { userRoom, type AppSocketServer } from '../realtime/index.ts';
import { mentionsInBody, resolveMentions } from './mentions.ts';

export class MentionNotifier {
  constructor(
    private readonly members: DealMemberRepository,
    private readonly presenter: DealPresenter,
    private readonly io: AppSocketServer,
  ) {}

  /** User ids of the deal members named explicitly or as `@e-mail` in the body. */
  async resolve(deal: DealRecord, explicit: readonly string[], body: string, authorId: string): Promise<string[]> {
    const references = [...explicit, ...mentionsInBody(body)];
    if (references.length === 0) return [];
    const view = await this.presenter.view(deal, await this.members.membersOf(deal._id));
    return resolveMentions(references, view.members, authorId);
  }

  async notify(deal: DealRecord, userIds: readonly string[], thread: ThreadView, commentId: string, by: PublicUser, excerpt: string): Promise<void> {
    const at = new Date().toISOString();
    for (const userId of userIds) {
      this.io.to(userRoom(userId)).emit('notification', {
        type: 'mention',
        id: randomUUID(),
        dealId: deal._id,
        dealTitle: deal.title,
        threadId: thread.id,
        commentId,
        by: { id: by.id, name: by.name, email: by.email },
        excerpt,
        at,
      });
    }
  }
}
