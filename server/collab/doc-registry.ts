// The Yjs document lifecycle in one place: one shared load per document name, reference
// counts for connected peers, unloading after an idle grace period, and flushing on shutdown.
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { Logger } from '../logger.ts';
import type { AuthorshipLog } from './authorship.ts';
import type { DocCluster } from './cluster.ts';
import { DocFlags } from './doc-flags.ts';
import type { SaveQueueOptions } from './save-queue.ts';
import { ServerEdit, SharedDoc, type DocChange } from './shared-doc.ts';
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
  private readonly changeListeners = new Set<(change: DocChange) => void>();
  /** Flags on documents, agreed across instances. */
  readonly flags: DocFlags;

  /** `cluster` joins every loaded document to the other instances holding it (scale-out). */
  constructor(
    private readonly log: UpdateLog,
    private readonly authorship: AuthorshipLog,
    private readonly options: DocRegistryOptions,
    private readonly logger: Logger,
    private readonly cluster?: DocCluster,
  ) {
    this.flags = new DocFlags(cluster);
  }

  /** Observes every change to every loaded document; returns the function that stops it. */
  onChange(listener: (change: DocChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * Changes a document on the server's side (restore a version, apply a template): the change is
   * relayed to every client and stored like any other, attributed to `author`.
   */
  async edit(name: string, author: PublicUser | null, change: (doc: SharedDoc) => void): Promise<void> {
    const shared = await this.acquire(name);
    try {
      shared.doc.transact(() => change(shared), new ServerEdit(author));
    } finally {
      this.release(name);
    }
  }

  /** Reads a document, loading it for the duration if no client has it open. */
  async read<T>(name: string, reader: (doc: SharedDoc) => T): Promise<T> {
    const shared = await this.acquire(name);
    try {
      return reader(shared);
    } finally {
      this.release(name);
    }
  }

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
    await Promise.all(docs.map((doc) => this.closeDoc(doc)));
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
    const shared = await SharedDoc.load(name, {
      log: this.log,
      authorship: this.authorship,
      options: this.options,
      logger: this.logger.child({ doc: name }),
      onChange: (change) => this.notifyChange(change),
    });
    // Other instances may hold edits the store does not have yet; catch up before anyone reads.
    await this.cluster?.open(shared);
    return shared;
  }

  private closeDoc(shared: SharedDoc): Promise<void> {
    this.cluster?.close(shared);
    return shared.close();
  }

  private notifyChange(change: DocChange): void {
    for (const listener of this.changeListeners) {
      try {
        listener(change);
      } catch (error) {
        // An observer's bug must not stop the edit reaching clients and the store.
        this.logger.error({ err: error, doc: change.doc.name }, 'document change listener failed');
      }
    }
  }

  private async unload(name: string): Promise<void> {
    this.idleTimers.delete(name);
    if (this.holders.has(name)) return;
    const pending = this.docs.get(name);
    if (!pending) return;
    this.docs.delete(name);
    const closing = pending.then((doc) => this.closeDoc(doc));
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
