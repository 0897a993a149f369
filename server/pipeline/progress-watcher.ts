// Watches `board:` and `dossier:` documents: after a short quiet time, re-reads the ones that
// changed (both for a deal with no figures yet), stores the deal's progress figures, pushes them to the deal room and dashboards, and tells members when a
// term became blocked.
import { filledSections, readSections, readTerms, type TermSnapshot } from '../../shared/deal-docs.ts';
import { formatDocName } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { systemClock, type Clock } from '../clock.ts';
import { DocChangeDebouncer, type DocChange, type DocRegistry } from '../collab/index.ts';
import { dealRoom, type DealActivity, type DealMemberRepository, type DealRecord, type DealRepository } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import type { NotificationPort } from '../notifications/index.ts';
import { notifyQuietly } from '../notifications/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import { progressView, sectionFigures, termFigures, termMoves, withFigures } from './progress.ts';
import type { ProgressFigures, ProgressRecord, ProgressRepository } from './progress-repository.ts';

export interface ProgressWatcherDeps {
  registry: DocRegistry;
  progress: ProgressRepository;
  deals: DealRepository;
  members: DealMemberRepository;
  /** Where a term moving between status columns is recorded. */
  activity: DealActivity;
  io: AppSocketServer;
  notifications?: NotificationPort;
  onDealChanged: (dealId: string) => void;
  logger: Logger;
  delayMs: number;
  /** When activity on the documents is dated (default: the system clock). */
  clock?: Clock;
}

type ProgressDoc = 'board' | 'dossier';
const BOTH_DOCS: ReadonlySet<ProgressDoc> = new Set(['board', 'dossier']);

export class ProgressWatcher {
  private readonly recounts: DocChangeDebouncer<ProgressDoc>;

  constructor(private readonly deps: ProgressWatcherDeps) {
    this.recounts = new DocChangeDebouncer({
      kinds: ['board', 'dossier'],
      // A burst of keystrokes in either document becomes one recount; the latest author caused it.
      groupBy: 'id',
      delayMs: deps.delayMs,
      waitFrom: 'first-change',
      // Recounts of one deal run one after the other: two overlapping ones would both compare with
      // the same stored figures and announce the same newly blocked term twice.
      whileRunning: 'serial',
      handle: (batch) => this.recount(batch.id, batch.author, batch.kinds),
      onError: (error, batch) => deps.logger.error({ err: error, dealId: batch.id }, 'recounting deal progress failed'),
    });
  }

  /** A registry change listener. */
  get observe(): (change: DocChange) => void {
    return this.recounts.observe;
  }

  /** Recounts one deal now from the documents that changed (also used by tests and the bench). */
  async recount(dealId: string, author: PublicUser | null, changed: ReadonlySet<ProgressDoc> = BOTH_DOCS): Promise<void> {
    const deal = await this.deps.deals.find(dealId);
    if (!deal) return;
    const before = await this.deps.progress.find(dealId);
    // Without stored figures both documents are counted; after that, only what changed is read, so
    // typing in one never loads (or, with Redis, joins across instances) the other.
    const docs = before ? changed : BOTH_DOCS;
    const terms = docs.has('board') ? await this.deps.registry.read(formatDocName('board', dealId), (shared) => readTerms(shared.doc)) : null;
    const figures: Partial<ProgressFigures> = { ...(terms && termFigures(terms)), ...(docs.has('dossier') && (await this.dossierFigures(dealId))) };
    await this.store(dealId, before, figures);
    if (terms) await this.recordMoves(deal, before, terms, author);
    if (terms) await this.notifyNewlyBlocked(deal.title, dealId, terms, before?.blockedTermIds ?? [], author);
  }

  /** Stores figures counted elsewhere (the request list's) and pushes the deal's new progress. */
  async recordFigures(dealId: string, figures: Partial<ProgressFigures>): Promise<void> {
    await this.store(dealId, await this.deps.progress.find(dealId), figures);
  }

  private async store(dealId: string, before: ProgressRecord | null, figures: Partial<ProgressFigures>): Promise<void> {
    const now = (this.deps.clock ?? systemClock)();
    await this.deps.progress.save(dealId, figures, now);
    this.deps.io.to(dealRoom(dealId)).emit('deal:progress-updated', { dealId, progress: progressView(withFigures(dealId, before, figures, now), now, now.getTime()) });
    this.deps.onDealChanged(dealId);
  }

  /** Recounts every deal still waiting now and resolves once all recounts have finished. */
  flush(): Promise<void> {
    return this.recounts.flush();
  }

  /** Stops timers and waits for recounts in progress. */
  stop(): Promise<void> {
    return this.recounts.stop();
  }

  private dossierFigures(dealId: string) {
    return this.deps.registry.read(formatDocName('dossier', dealId), (shared) => sectionFigures(readSections(shared.doc), filledSections(shared.doc)));
  }

  private async recordMoves(deal: DealRecord, before: ProgressRecord | null, terms: readonly TermSnapshot[], author: PublicUser | null): Promise<void> {
    for (const move of termMoves(before, terms)) {
      const after = { termId: move.termId, title: move.title, status: move.to };
      await this.deps.activity.record({ actor: author, deal, action: 'term.moved', before: { status: move.from }, after });
    }
  }

  private async notifyNewlyBlocked(title: string, dealId: string, terms: TermSnapshot[], wasBlocked: readonly string[], author: PublicUser | null): Promise<void> {
    const newlyBlocked = terms.filter((term) => term.status === 'blocked' && !wasBlocked.includes(term.id));
    if (!this.deps.notifications || newlyBlocked.length === 0) return;
    const recipientIds = (await this.deps.members.membersOf(dealId)).map((member) => member.userId);
    for (const term of newlyBlocked) {
      const request = {
        type: 'term.blocked' as const,
        recipientIds,
        subject: { kind: 'deal' as const, id: dealId, dealId, title },
        actor: author ? { id: author.id, name: author.name } : null,
        data: { termId: term.id, termTitle: term.title },
      };
      await notifyQuietly(this.deps.notifications, request, this.deps.logger);
    }
  }
}
