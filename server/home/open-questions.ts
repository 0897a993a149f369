// Open questions for a person: open comment threads in their deals that mention them after they
// last spoke, or that they are in and where someone else spoke last. (Q&A proper comes later.)
import type { HomeQuestionItem } from '../../shared/schemas/home.ts';
import type { UserRepository } from '../auth/index.ts';
import type { CommentRepository } from '../comments/index.ts';
import type { DealRecord } from '../deals/index.ts';

const EXCERPT_CHARS = 140;

export interface QuestionPorts {
  comments: Pick<CommentRepository, 'threadsOf' | 'commentsOf'>;
  users: Pick<UserRepository, 'findByIds'>;
}

type Comment = Awaited<ReturnType<CommentRepository['commentsOf']>>[number];
type Thread = Awaited<ReturnType<CommentRepository['threadsOf']>>[number];

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}

/** Why the thread waits for the user, or null when it does not. */
function reasonFor(thread: Thread, comments: readonly Comment[], userId: string): HomeQuestionItem['reason'] | null {
  const last = comments.at(-1);
  if (!last || last.authorId === userId) return null;
  const mine = comments.findLastIndex((comment) => comment.authorId === userId);
  if (comments.slice(mine + 1).some((comment) => comment.mentions.includes(userId))) return 'mentioned';
  return mine >= 0 || thread.createdBy === userId ? 'awaiting-reply' : null;
}

async function threadsWaiting(ports: QuestionPorts, deal: DealRecord, userId: string) {
  const threads = await ports.comments.threadsOf(deal._id, { status: 'open' });
  const comments = await ports.comments.commentsOf(threads.map((thread) => thread._id));
  return threads.flatMap((thread) => {
    const own = comments.filter((comment) => comment.threadId === thread._id);
    const reason = reasonFor(thread, own, userId);
    const last = own.at(-1);
    return reason && last ? [{ deal, thread, reason, last }] : [];
  });
}

/** Every open question of the user across the deals, newest last word first. */
export async function openQuestions(ports: QuestionPorts, deals: readonly DealRecord[], userId: string): Promise<HomeQuestionItem[]> {
  const waiting = (await Promise.all(deals.map((deal) => threadsWaiting(ports, deal, userId)))).flat();
  const authors = await ports.users.findByIds([...new Set(waiting.map((entry) => entry.last.authorId))]);
  const names = new Map(authors.map((author) => [author._id, author.name]));
  return waiting
    .sort((a, b) => new Date(b.last.createdAt).getTime() - new Date(a.last.createdAt).getTime())
    .map(({ deal, thread, reason, last }) => ({
      dealId: deal._id,
      dealTitle: deal.title,
      threadId: thread._id,
      doc: thread.doc,
      termId: thread.termId,
      reason,
      author: names.get(last.authorId) ?? '',
      excerpt: excerpt(last.body),
      at: new Date(last.createdAt).toISOString(),
    }));
}
