// Batches a document's incoming updates into one durable append per flush window, keeps the
// state vector of what is stored (for the Saved notice), and compacts the log when it grows.
import { setTimeout as delay } from 'node:timers/promises';
import * as Y from 'yjs';
import type { Logger } from '../logger.ts';
import type { UpdateLog } from './update-log.ts';

/** The part of the update log the queue writes through. */
export type UpdateSink = Pick<UpdateLog, 'append' | 'compact'>;

export interface SaveQueueOptions {
  flushDelayMs: number;
  compactAfterUpdates: number;
  /** First retry delay after a failed append; doubles up to maxRetryDelayMs. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
}

export class SaveQueue {
  private pending: Uint8Array[] = [];
  /** Whose updates the pending batch holds: user id → count, stored with the batch's entry. */
  private pendingWriters = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private failures = 0;

  constructor(
    private readonly docName: string,
    private readonly log: UpdateSink,
    private readonly options: SaveQueueOptions,
    private readonly logger: Logger,
    /** Called after each durable append with the state vector of everything stored. */
    private readonly onSaved: (persisted: Map<number, number>) => void,
    readonly persisted: Map<number, number>,
    private tailLength: number,
  ) {}

  get hasUnsaved(): boolean {
    return this.pending.length > 0 || this.draining !== undefined;
  }

  /** `writer`: the user whose update it is, for the edit history; none for system changes. */
  push(update: Uint8Array, writer?: string): void {
    this.pending.push(update);
    if (writer !== undefined) this.pendingWriters.set(writer, (this.pendingWriters.get(writer) ?? 0) + 1);
    this.scheduleDrain();
  }

  // Windows end on shared wall-clock boundaries, so every document with pending edits flushes on
  // the same tick and the update log can store them all in one write.
  private scheduleDrain(): void {
    const window = this.options.flushDelayMs;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.drain();
    }, window - (Date.now() % window));
  }

  /** Resolves once everything pushed so far is durably stored. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.pending.length > 0 || this.draining) await this.drain();
  }

  /**
   * Folds a stored tail already past the threshold (a log from a release that did not compact, or
   * one a crash left long) into the snapshot, so the next cold open reads a snapshot, not thousands
   * of entries. Runs in the drain slot: appends wait for it and it never interleaves with them.
   * It waits a timer turn first, so the opening client's sync reply goes out before the fold.
   */
  compactLongTail(): void {
    if (this.tailLength < this.options.compactAfterUpdates) return;
    void this.exclusive(async () => {
      await delay(0);
      await this.compact();
    });
  }

  private drain(): Promise<void> {
    return this.exclusive(() => this.drainPending());
  }

  // One drain (or compaction) at a time per document, so appends and compactions never interleave.
  private exclusive(work: () => Promise<void>): Promise<void> {
    this.draining ??= work().finally(() => {
      this.draining = undefined;
      // An update pushed after the loop's last check but before this point needs a new drain.
      if (this.pending.length > 0) this.scheduleDrain();
    });
    return this.draining;
  }

  private async drainPending(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      const writers = this.pendingWriters;
      this.pending = [];
      this.pendingWriters = new Map();
      const merged = batch.length === 1 ? batch[0] : Y.mergeUpdates(batch);
      if (!(await this.tryAppend(merged, writers))) {
        // Keep the batch ahead of anything that arrived meanwhile and try again after a pause.
        this.pending = [merged, ...this.pending];
        for (const [writer, count] of writers) this.pendingWriters.set(writer, (this.pendingWriters.get(writer) ?? 0) + count);
        await delay(this.retryDelay());
        continue;
      }
      this.recordStored(merged);
      if (this.tailLength >= this.options.compactAfterUpdates) await this.compact();
    }
  }

  private async tryAppend(update: Uint8Array, writers: Map<string, number>): Promise<boolean> {
    try {
      await this.log.append(this.docName, update, [...writers].map(([userId, updates]) => ({ userId, updates })));
      this.failures = 0;
      return true;
    } catch (error) {
      this.failures += 1;
      this.logger.error({ err: error, doc: this.docName, failures: this.failures }, 'append failed; will retry');
      return false;
    }
  }

  private retryDelay(): number {
    const first = this.options.retryDelayMs ?? 100;
    return Math.min(first * 2 ** (this.failures - 1), this.options.maxRetryDelayMs ?? 5_000);
  }

  private recordStored(update: Uint8Array): void {
    this.tailLength += 1;
    for (const [client, clock] of Y.parseUpdateMeta(update).to) {
      if (clock > (this.persisted.get(client) ?? 0)) this.persisted.set(client, clock);
    }
    this.onSaved(this.persisted);
  }

  private async compact(): Promise<void> {
    try {
      if (await this.log.compact(this.docName)) this.tailLength = 0;
    } catch (error) {
      // The log is still complete; compaction will be tried again after the next append.
      this.logger.warn({ err: error, doc: this.docName }, 'compaction failed');
    }
  }
}
