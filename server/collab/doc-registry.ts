// The Yjs document lifecycle in one place: one shared load per document name, reference
// counts for connected peers, unloading after an idle grace period, and flushing on shutdown.
import type { Logger } from '../logger.ts';
import type { SaveQueueOptions } from './save-queue.ts';
import { SharedDoc } from './shared-doc.ts';
import type { UpdateLog } from './update-log.ts';

export interface DocRegistryOptions extends SaveQueueOptions {
  /** How long a document with no peers stays loaded. */
  idleMs: number;
}

export class DocRegistry {
  private readonly docs = new Map<string, Promise<SharedDoc>>();
  private readonly holders = new Map<string, number>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly unloading = new Map<string, Promise<void>>();

  constructor(
    private readonly log: UpdateLog,
    private readonly options: DocRegistryOptions,
    private readonly logger: Logger,
  ) {}

  get openCount(): number {
    return this.docs.size;
  }

  /** Loads (or reuses) a document and holds it in memory until the matching release(). */
  async acquire(name: string): Promise<SharedDoc> {
    // Count the holder before any await, so an idle timer firing meanwhile cannot unload it.
    this.holders.set(name, (this.holders.get(name) ?? 0) + 1);
    clearTimeout(this.idleTimers.get(name));
    this.idleTimers.delete(name);
    try {
      return await this.loaded(name);
    } catch (error) {
      this.release(name);
      throw error;
    }
  }

  release(name: string): void {
    const remaining = (this.holders.get(name) ?? 1) - 1;
    if (remaining > 0) {
      this.holders.set(name, remaining);
      return;
    }
    this.holders.delete(name);
    this.idleTimers.set(name, setTimeout(() => void this.unload(name), this.options.idleMs));
  }

  /** Documents currently in memory (loaded or loading). */
  async loadedDocs(): Promise<SharedDoc[]> {
    const settled = await Promise.allSettled(this.docs.values());
    return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  }

  async find(name: string): Promise<SharedDoc | undefined> {
    return this.docs.get(name);
  }

  /** Flushes and unloads every document; used on graceful shutdown. */
  async closeAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const docs = await this.loadedDocs();
    this.docs.clear();
    await Promise.all(docs.map((doc) => doc.close()));
    await Promise.all(this.unloading.values());
  }

  private async loaded(name: string): Promise<SharedDoc> {
    let pending = this.docs.get(name);
    if (!pending) {
      pending = this.load(name);
      this.docs.set(name, pending);
      pending.catch(() => this.docs.delete(name));
    }
    return pending;
  }

  // A reload waits for the previous instance's final flush, or it could miss the last edits.
  private async load(name: string): Promise<SharedDoc> {
    await this.unloading.get(name);
    return SharedDoc.load(name, this.log, this.options, this.logger.child({ doc: name }));
  }

  private async unload(name: string): Promise<void> {
    this.idleTimers.delete(name);
    if (this.holders.has(name)) return;
    const pending = this.docs.get(name);
    if (!pending) return;
    this.docs.delete(name);
    const closing = pending.then((doc) => doc.close());
    this.unloading.set(name, closing);
    try {
      await closing;
    } catch (error) {
      this.logger.error({ err: error, doc: name }, 'unloading a document failed');
    } finally {
      if (this.unloading.get(name) === closing) this.unloading.delete(name);
    }
  }
}
