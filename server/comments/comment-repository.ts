// Comment threads and their comments, stored server-side so people who may only comment need
// no write access to the documents. A thread is anchored to a dossier range or a board term.
import type { CommentAnchor, ThreadStatus } from '../../shared/schemas/comments.ts';
import type { IndexSpec, Store } from '../store/index.ts';

export interface ThreadRecord {
  _id: string;
  dealId: string;
  doc: 'dossier' | 'board';
  anchor: CommentAnchor;
  /** Set for term anchors, so a term's threads are one query. */
  termId: string | null;
  status: ThreadStatus;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  resolvedBy: string | null;
  resolvedAt: Date | null;
}

export interface CommentRecord {
  _id: string;
  threadId: string;
  dealId: string;
  authorId: string;
  body: string;
  /** User ids of the deal members mentioned. */
  mentions: string[];
  createdAt: Date;
  editedAt: Date | null;
}

export const COMMENT_INDEXES: IndexSpec[] = [
  { collection: 'deal_threads', fields: ['dealId'] },
  { collection: 'deal_comments', fields: ['threadId'] },
  { collection: 'deal_comments', fields: ['dealId'] },
];

export type ThreadFilter = Partial<Pick<ThreadRecord, 'doc' | 'status' | 'termId'>>;

export class CommentRepository {
  constructor(private readonly store: Store) {}

  private get threads() {
    return this.store.collection<ThreadRecord>('deal_threads');
  }

  private get comments() {
    return this.store.collection<CommentRecord>('deal_comments');
  }

  findThread(dealId: string, threadId: string): Promise<ThreadRecord | null> {
    return this.threads.findOne({ _id: threadId, dealId });
  }

  threadsOf(dealId: string, filter: ThreadFilter): Promise<ThreadRecord[]> {
    const defined = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
    return this.threads.find({ dealId, ...defined }, { sort: { createdAt: 1 } });
  }

  commentsOf(threadIds: readonly string[]): Promise<CommentRecord[]> {
    if (threadIds.length === 0) return Promise.resolve([]);
    return this.comments.find({ threadId: { $in: [...threadIds] } }, { sort: { createdAt: 1 } });
  }

  findComment(threadId: string, commentId: string): Promise<CommentRecord | null> {
    return this.comments.findOne({ _id: commentId, threadId });
  }

  async insertThread(thread: ThreadRecord): Promise<void> {
    await this.threads.insertOne(thread);
  }

  async insertComment(comment: CommentRecord): Promise<void> {
    await this.comments.insertOne(comment);
  }

  async setStatus(threadId: string, status: ThreadStatus, by: string | null, at: Date): Promise<void> {
    const resolved = status === 'resolved';
    await this.threads.updateOne({ _id: threadId }, { $set: { status, resolvedBy: resolved ? by : null, resolvedAt: resolved ? at : null, updatedAt: at } });
  }

  async touchThread(threadId: string, at: Date): Promise<void> {
    await this.threads.updateOne({ _id: threadId }, { $set: { updatedAt: at } });
  }

  async editComment(commentId: string, body: string, mentions: string[], at: Date): Promise<void> {
    await this.comments.updateOne({ _id: commentId }, { $set: { body, mentions, editedAt: at } });
  }
}
