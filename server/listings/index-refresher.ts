// Applies what other instances changed in the matching index, one pass at a time: each pass
// re-reads from the store the listings and organisations marked since the previous one. One pass
// at a time because two overlapping reads of one listing could finish out of order and leave the
// older version indexed.
import type { Logger } from '../logger.ts';
import type { IndexChange } from './index-peers.ts';

const RETRY_MS = 1_000;

/** What one pass re-reads. */
export interface RefreshWork {
  listingIds: string[];
  orgIds: string[];
}

export interface RefreshTarget {
  /** Re-reads these listings and every live listing of these organisations. */
  refresh(work: RefreshWork): Promise<void>;
  /** Re-reads every listing. */
  reload(): Promise<unknown>;
}

/** Re-reads, in order, what other instances announced, plus full reloads after an outage. */
export class IndexRefresher {
  private readonly listingIds = new Set<string>();
  private readonly orgIds = new Set<string>();
  private refreshQueued = false;
  private reloadQueued = false;
  private reloadOwed = false;
  private tail: Promise<unknown> = Promise.resolve();
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly target: RefreshTarget,
    private readonly logger: Logger,
  ) {}

  /** Re-reads the listing or organisation in a coming pass. */
  mark(change: IndexChange): void {
    (change.type === 'listing' ? this.listingIds : this.orgIds).add(change.id);
    this.queueRefresh();
  }

  /** Re-reads every listing in a coming pass: changes may have been missed. */
  reloadAll(): void {
    if (this.reloadQueued || this.closed) return;
    this.reloadQueued = true;
    void this.run(async () => {
      this.reloadQueued = false;
      try {
        await this.target.reload();
      } catch (error) {
        this.logger.warn({ err: error }, 'matching index reload failed; retrying');
        this.reloadOwed = true;
        this.retryLater();
      }
    });
  }

  /** Runs a job after every pass queued before it and before any queued after it. */
  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Stops queuing and retrying, and waits for the pass under way. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.tail;
  }

  private queueRefresh(): void {
    if (this.refreshQueued || this.closed) return;
    this.refreshQueued = true;
    void this.run(() => this.refreshMarked());
  }

  private async refreshMarked(): Promise<void> {
    // Taken when the pass starts: whatever is marked while it reads waits for the next pass,
    // which reads after that mark.
    this.refreshQueued = false;
    const work = { listingIds: [...this.listingIds], orgIds: [...this.orgIds] };
    this.listingIds.clear();
    this.orgIds.clear();
    try {
      await this.target.refresh(work);
    } catch (error) {
      this.logger.warn({ err: error, listings: work.listingIds.length, orgs: work.orgIds.length }, 'matching index refresh failed; retrying');
      for (const id of work.listingIds) this.listingIds.add(id);
      for (const id of work.orgIds) this.orgIds.add(id);
      this.retryLater();
    }
  }

  private retryLater(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.reloadOwed) this.reloadAll();
      this.reloadOwed = false;
      if (this.listingIds.size + this.orgIds.size > 0) this.queueRefresh();
    }, RETRY_MS);
    this.retry.unref();
  }
}
