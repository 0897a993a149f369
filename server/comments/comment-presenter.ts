// Threads and comments as the API and Socket.IO events show them, with authors by name.
import type { CommentAuthor, CommentView, ThreadView } from '../../shared/schemas/comments.ts';
import type { UserRepository } from '../auth/index.ts';
import type { CommentRecord, ThreadRecord } from './comment-repository.ts';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export class CommentPresenter {
  constructor(private readonly users: UserRepository) {}

  async threads(threads: ThreadRecord[], comments: CommentRecord[]): Promise<ThreadView[]> {
    const people = await this.people([
      ...threads.flatMap((thread) => [thread.createdBy, thread.resolvedBy ?? '']),
      ...comments.flatMap((comment) => [comment.authorId, ...comment.mentions]),
    ]);
    const byThread = new Map<string, CommentView[]>();
    for (const comment of comments) {
      const list = byThread.get(comment.threadId) ?? [];
      list.push(this.comment(comment, people));
      byThread.set(comment.threadId, list);
    }
    return threads.map((thread) => ({
      id: thread._id,
      dealId: thread.dealId,
      anchor: thread.anchor,
      status: thread.status,
      createdBy: person(people, thread.createdBy),
      createdAt: new Date(thread.createdAt).toISOString(),
      updatedAt: new Date(thread.updatedAt).toISOString(),
      resolvedBy: thread.resolvedBy ? person(people, thread.resolvedBy) : null,
      resolvedAt: iso(thread.resolvedAt),
      comments: byThread.get(thread._id) ?? [],
    }));
  }

  async thread(thread: ThreadRecord, comments: CommentRecord[]): Promise<ThreadView> {
    return (await this.threads([thread], comments))[0];
  }

  private comment(comment: CommentRecord, people: Map<string, CommentAuthor>): CommentView {
    return {
      id: comment._id,
      threadId: comment.threadId,
      author: person(people, comment.authorId),
      body: comment.body,
      mentions: comment.mentions.map((userId) => person(people, userId)),
      createdAt: new Date(comment.createdAt).toISOString(),
      editedAt: iso(comment.editedAt),
    };
  }

  private async people(ids: string[]): Promise<Map<string, CommentAuthor>> {
    const users = await this.users.findByIds([...new Set(ids.filter(Boolean))]);
    return new Map(users.map((user) => [user._id, { id: user._id, name: user.name, email: user.email }]));
  }
}

function person(people: Map<string, CommentAuthor>, id: string): CommentAuthor {
  return people.get(id) ?? { id, name: 'Former user', email: '' };
}
