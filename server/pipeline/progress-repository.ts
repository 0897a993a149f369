// The figures derived from a deal's board and dossier, stored so the dashboard reads them without
// loading thousands of documents; plus which terms were blocked and which were warned of as due.
import type { ChecklistTally } from '../../shared/checklist/index.ts';
import type { TermStatus } from '../../shared/deal-docs.ts';
import { DuplicateKeyError, type Store } from '../store/index.ts';

/** A term with a due date that is not agreed yet. */
export interface DueTerm {
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  due: string;
}

export interface ProgressRecord {
  /** The deal id. */
  _id: string;
  termsTotal: number;
  termsAgreed: number;
  blockedTermIds: string[];
  /** Every term's status at the last count, so the next one sees which terms moved; absent on older records. */
  termStatuses?: Record<string, TermStatus>;
  dueTerms: DueTerm[];
  /** dueTerms is not empty (a plain field both stores can query). */
  hasDueTerms: boolean;
  sectionsTotal: number;
  sectionsFilled: number;
  /** The request list's counts (absent until it is started). */
  checklist?: ChecklistTally;
  lastActivityAt: Date;
  /** Term ids already notified as due soon, so each is notified once. */
  dueNotified: string[];
}

/** One due-soon reminder sent, keyed `<dealId>:<termId>`: the record that makes it happen once. */
interface DueReminderRecord {
  _id: string;
  at: Date;
}

export type ProgressFigures = Omit<ProgressRecord, '_id' | 'dueNotified' | 'lastActivityAt'>;

export class ProgressRepository {
  constructor(private readonly store: Store) {}

  private get progress() {
    return this.store.collection<ProgressRecord>('deal_progress');
  }

  find(dealId: string): Promise<ProgressRecord | null> {
    return this.progress.findOne({ _id: dealId });
  }

  /** Many deals at once (all when `dealIds` is null). */
  findMany(dealIds: readonly string[] | null): Promise<ProgressRecord[]> {
    return this.progress.find(dealIds ? { _id: { $in: [...dealIds] } } : {});
  }

  /** Deals with a due, not yet agreed term; the sweep checks these. */
  withDueTerms(): Promise<ProgressRecord[]> {
    return this.progress.find({ hasDueTerms: true });
  }

  async save(dealId: string, figures: Partial<ProgressFigures>, lastActivityAt: Date): Promise<void> {
    await this.progress.updateOne({ _id: dealId }, { $set: { ...figures, lastActivityAt } }, { upsert: true });
  }

  /** Records activity on a deal that has figures; until the first count, the deal's own time stands in. */
  async touch(dealId: string, at: Date): Promise<void> {
    await this.progress.updateOne({ _id: dealId }, { $set: { lastActivityAt: at } });
  }

  /**
   * Claims the due-soon reminder of a term; false when it was already claimed (by an earlier sweep
   * or another instance's at the same moment: the unique `_id` lets exactly one insert win).
   */
  async claimDueReminder(dealId: string, termId: string, at: Date): Promise<boolean> {
    try {
      await this.store.collection<DueReminderRecord>('deal_due_reminders').insertOne({ _id: `${dealId}:${termId}`, at });
    } catch (error) {
      if (error instanceof DuplicateKeyError) return false;
      throw error;
    }
    // Also kept on the figures, so later sweeps skip the term without trying to claim it again.
    await this.progress.updateOne({ _id: dealId }, { $addToSet: { dueNotified: termId } });
    return true;
  }
}
