// A deal's comment threads, kept current by REST answers and the room's live comment events.
import type { CommentAnchor, ThreadView } from '../../../../shared/schemas/comments.ts';
import type { ApiClient } from '../../lib/api-client.ts';
import { NewestLoad } from '../../lib/newest-load.svelte.ts';
import { listThreads, openThread, replyToThread, setThreadResolved, type NewComment } from './comments-api.ts';

function newestFirst(a: ThreadView, b: ThreadView): number {
  return b.createdAt.localeCompare(a.createdAt);
}

export class CommentThreads {
  threads = $state.raw<ThreadView[]>([]);
  /** The thread the reader is looking at (highlighted in the text and the panel). */
  activeId = $state<string | null>(null);
  private readonly newest = new NewestLoad();

  constructor(
    private readonly api: ApiClient,
    private readonly dealId: string,
  ) {}

  get loadError(): unknown {
    return this.newest.error;
  }

  async load(): Promise<void> {
    await this.newest.run(
      () => listThreads(this.api, this.dealId),
      (threads) => (this.threads = threads.sort(newestFirst)),
    );
  }

  async open(anchor: CommentAnchor, comment: NewComment): Promise<ThreadView> {
    const thread = this.upsert(await openThread(this.api, this.dealId, anchor, comment));
    this.activeId = thread.id;
    return thread;
  }

  async reply(threadId: string, comment: NewComment): Promise<ThreadView> {
    return this.upsert(await replyToThread(this.api, this.dealId, threadId, comment));
  }

  async setResolved(threadId: string, resolved: boolean): Promise<ThreadView> {
    return this.upsert(await setThreadResolved(this.api, this.dealId, threadId, resolved));
  }

  forTerm(termId: string): ThreadView[] {
    return this.threads.filter((thread) => thread.anchor.type === 'term' && thread.anchor.termId === termId);
  }

  /** Applies a thread from an answer or a live event; a stale copy never replaces a newer one. */
  upsert(thread: ThreadView): ThreadView {
    const current = this.threads.find((existing) => existing.id === thread.id);
    if (current && current.updatedAt > thread.updatedAt) return current;
    this.threads = [thread, ...this.threads.filter((existing) => existing.id !== thread.id)].sort(newestFirst);
    return thread;
  }
}
