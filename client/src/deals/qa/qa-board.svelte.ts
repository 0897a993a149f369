// A deal's Q&A as the Q&A tab shows it: the questions I may see (as the server filtered them for
// me), the FAQ, what I may do, the filters, and the question open on the right. Pushes replace a
// question with the server's newer view of it; a reconnect reads everything again.
import type { QaAbilities, QaCategory, QaListView, QaStatus, QuestionView } from '../../../../shared/schemas/qa.ts';
import type { ApiClient } from '../../lib/api-client.ts';
import { NewestLoad } from '../../lib/newest-load.svelte.ts';
import type { RealtimeSocket } from '../../lib/realtime-socket.ts';
import { connectListener, listen } from '../../lib/socket-listen.ts';
import { listQuestions } from './qa-api.ts';

export interface QaFilters {
  status: QaStatus | '';
  category: QaCategory | '';
  mine: boolean;
  overdue: boolean;
}

const NO_ABILITIES: QaAbilities = { side: null, read: false, ask: false, approves: false, designate: false };
const byNumber = (a: QuestionView, b: QuestionView) => a.number - b.number;

/** The list with `question` in place of its older view (or added), in number order. */
function upsert(list: readonly QuestionView[], question: QuestionView): QuestionView[] {
  return [...list.filter((known) => known.id !== question.id), question].sort(byNumber);
}

/** Whether a question passes the filters for me (`userId`). */
export function passes(question: QuestionView, filters: QaFilters, userId: string): boolean {
  if (filters.status && question.status !== filters.status) return false;
  if (filters.category && question.category !== filters.category) return false;
  if (filters.overdue && !question.overdue) return false;
  if (filters.mine && question.askedBy.id !== userId && question.assignee?.id !== userId) return false;
  return true;
}

export class QaBoard {
  questions = $state.raw<QuestionView[]>([]);
  faq = $state.raw<QuestionView[]>([]);
  can = $state.raw<QaAbilities>(NO_ABILITIES);
  approvers = $state.raw<QaListView['approvers']>([]);
  filters = $state<QaFilters>({ status: '', category: '', mine: false, overdue: false });
  selectedId = $state<string | null>(null);
  private readonly newest = new NewestLoad(true);

  constructor(
    private readonly api: ApiClient,
    private readonly dealId: string,
  ) {}

  get loading(): boolean {
    return this.newest.loading;
  }

  get loadError(): unknown {
    return this.newest.error;
  }

  get selected(): QuestionView | null {
    return [...this.questions, ...this.faq].find((question) => question.id === this.selectedId) ?? null;
  }

  shown(userId: string): QuestionView[] {
    return this.questions.filter((question) => passes(question, this.filters, userId));
  }

  async load(): Promise<void> {
    await this.newest.run(
      () => listQuestions(this.api, this.dealId),
      (view) => this.applyList(view),
    );
  }

  applyList(view: QaListView): void {
    this.questions = view.questions;
    this.faq = view.faq;
    this.can = view.can;
    this.approvers = view.approvers;
  }

  /** A question as the server now shows it to me (a push or a command's answer). */
  apply(question: QuestionView): void {
    if (question.dealId !== this.dealId) return;
    if (this.can.read) this.questions = upsert(this.questions, question);
    this.faq = question.faq ? upsert(this.faq, question) : this.faq.filter((known) => known.id !== question.id);
  }

  isApprover(userId: string): boolean {
    return this.approvers.some((entry) => entry.userId === userId);
  }

  /** Follows the room's question pushes (each already cut to what I may see); returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    return listen(socket, {
      'qa:question-updated': ({ question }) => this.apply(question),
      connect: connectListener(socket, (afterDrop) => afterDrop && void this.load()),
    });
  }
}
