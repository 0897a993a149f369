// Watches `board:` and `dossier:` documents: after a short quiet time, re-reads both, stores the
// deal's progress figures, pushes them to the deal room and dashboards, and tells members when a
// term became blocked.
import { filledSections, readSections, readTerms } from '../../shared/deal-docs.ts';
import { formatDocName, parseDocName } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/protocol.ts';
import type { DocChange, DocRegistry } from '../collab/index.ts';
import { dealRoom, type DealMemberRepository, type DealRepository } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import type { NotificationPort } from '../notifications/notification-port.ts';
import { notifyQuietly } from '../notifications/notify-quietly.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import { figuresOf, progressView } from './progress.ts';
import type { ProgressRepository } from './progress-repository.ts';

export interface ProgressWatcherDeps {
  registry: DocRegistry;
  progress: ProgressRepository;
  deals: DealRepository;
  members: DealMemberRepository;
  io: AppSocketServer;
  notifications?: NotificationPort;
  onDealChanged: (dealId: string) => void;
  logger: Logger;
  delayMs: number;
}

export class ProgressWatcher {
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; author: PublicUser | null }>();
  /** The recount in progress per deal; the next one waits for it. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly deps: ProgressWatcherDeps) {}

  /** A registry change listener. */
  readonly observe = (change: DocChange): void => {
    const name = parseDocName(change.doc.name);
    if (name?.kind !== 'board' && name?.kind !== 'dossier') return;
    const waiting = this.pending.get(name.id);
    if (waiting) {
      // A burst of keystrokes in either document becomes one recount; the latest author caused it.
      waiting.author = change.author ?? waiting.author;
      return;
    }
    const timer = setTimeout(() => this.run(name.id), this.deps.delayMs);
    this.pending.set(name.id, { timer, author: change.author });
  };

  /** Recounts one deal now (also used when nothing is pending, e.g. by tests and the bench). */
  async recount(dealId: string, author: PublicUser | null): Promise<void> {
    const deal = await this.deps.deals.find(dealId);
    if (!deal) return;
    const terms = await this.deps.registry.read(formatDocName('board', dealId), (shared) => readTerms(shared.doc));
    const sections = await this.deps.registry.read(formatDocName('dossier', dealId), (shared) => ({ all: readSections(shared.doc), filled: filledSections(shared.doc) }));
    const figures = figuresOf(terms, sections.all, sections.filled);
    const before = await this.deps.progress.find(dealId);
    const now = new Date();
    await this.deps.progress.save(dealId, figures, now);
    const after = await this.deps.progress.find(dealId);
    this.deps.io.to(dealRoom(dealId)).emit('deal:progress', { dealId, progress: progressView(after, now, now.getTime()) });
    this.deps.onDealChanged(dealId);
    const newlyBlocked = terms.filter((term) => figures.blockedTermIds.includes(term.id) && !(before?.blockedTermIds ?? []).includes(term.id));
    for (const term of newlyBlocked) await this.notifyBlocked(dealId, deal.title, term, author);
  }

  /** Stops timers and waits for recounts in progress. */
  async stop(): Promise<void> {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.all([...this.running.values()]);
  }

  private run(dealId: string): void {
    const entry = this.pending.get(dealId);
    this.pending.delete(dealId);
    // Recounts of one deal run one after the other: two overlapping ones would both compare with
    // the same stored figures and announce the same newly blocked term twice.
    const previous = this.running.get(dealId) ?? Promise.resolve();
    const work = previous
      .then(() => this.recount(dealId, entry?.author ?? null))
      .catch((error: unknown) => this.deps.logger.error({ err: error, dealId }, 'recounting deal progress failed'));
    this.running.set(dealId, work);
    void work.finally(() => {
      if (this.running.get(dealId) === work) this.running.delete(dealId);
    });
  }

  private async notifyBlocked(dealId: string, title: string, term: { id: string; title: string }, author: PublicUser | null): Promise<void> {
    if (!this.deps.notifications) return;
    const members = await this.deps.members.membersOf(dealId);
    const request = {
      type: 'term.blocked' as const,
      recipientIds: members.map((member) => member.userId).filter((id) => id !== author?.id),
      subject: { kind: 'deal' as const, id: dealId, dealId, title },
      actor: author ? { id: author.id, name: author.name } : null,
      data: { termId: term.id, termTitle: term.title },
    };
    await notifyQuietly(this.deps.notifications, request, this.deps.logger);
  }
}
