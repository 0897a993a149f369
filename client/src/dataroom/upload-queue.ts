// The upload queue: files waiting, sending (with progress), done, failed or cancelled; a few sent
// at once. Each file gets its upload id when queued and keeps it for every retry, so the server
// can tell a retry from a new upload and never stores the same upload twice. Plain TypeScript (a
// component mirrors `items` through `subscribe`), so its rules are tested without a browser.
import { canRetry, type UploadProblem } from './upload-problem.ts';

export type UploadState = 'queued' | 'sending' | 'done' | 'failed' | 'cancelled';

/** Where a file goes: into a folder as a new file, or as the next version of `fileId`. */
export interface UploadTarget {
  folderId: string;
  fileId?: string;
}

export interface UploadItem extends UploadTarget {
  uploadId: string;
  name: string;
  size: number;
  state: UploadState;
  /** Bytes the server has taken so far. */
  sent: number;
  problem: UploadProblem | null;
}

export interface UploadRequest extends UploadTarget {
  uploadId: string;
  name: string;
  body: Blob;
}

/** A failed send; `problem` says why. */
export class UploadFailed extends Error {
  constructor(readonly problem: UploadProblem) {
    super(problem.kind);
    this.name = 'UploadFailed';
  }
}

/** Sends one file; reports bytes sent; rejects with UploadFailed (or any error once aborted). */
export type UploadTransport = (request: UploadRequest, onProgress: (sent: number) => void, signal: AbortSignal) => Promise<unknown>;

export interface UploadQueueOptions {
  /** How many files are sent at the same time. */
  parallel?: number;
  newUploadId?: () => string;
  /** Called after each file the server has stored. */
  uploaded?: (item: UploadItem) => void;
}

/** 128 random bits as 22 URL-safe characters; `crypto.randomUUID` would need a secure context. */
export function randomUploadId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A named file to send (a browser `File` is one). */
export type QueuedFile = Blob & { name: string };

export class UploadQueue {
  items: readonly UploadItem[] = [];
  private readonly bodies = new Map<string, Blob>();
  private readonly aborts = new Map<string, AbortController>();
  private readonly listeners = new Set<(items: readonly UploadItem[]) => void>();
  private readonly parallel: number;
  private readonly newUploadId: () => string;

  constructor(
    private readonly transport: UploadTransport,
    private readonly options: UploadQueueOptions = {},
  ) {
    this.parallel = options.parallel ?? 2;
    this.newUploadId = options.newUploadId ?? randomUploadId;
  }

  /** Queues files for one target; returns their upload ids. */
  add(files: readonly QueuedFile[], target: UploadTarget): string[] {
    const added = files.map((file): UploadItem => {
      const uploadId = this.newUploadId();
      this.bodies.set(uploadId, file);
      // An empty file is refused by the server anyway; saying so at once spares the round trip.
      if (file.size === 0) return { ...target, uploadId, name: file.name, size: 0, state: 'failed', sent: 0, problem: { kind: 'empty' } };
      return { ...target, uploadId, name: file.name, size: file.size, state: 'queued', sent: 0, problem: null };
    });
    this.items = [...this.items, ...added];
    this.changed();
    this.pump();
    return added.map((item) => item.uploadId);
  }

  /** Stops a queued or sending file; it stays listed as cancelled, so it can be retried. */
  cancel(uploadId: string): void {
    const item = this.find(uploadId);
    if (!item || (item.state !== 'queued' && item.state !== 'sending')) return;
    this.aborts.get(uploadId)?.abort();
    this.update(uploadId, { state: 'cancelled', sent: 0 });
    this.pump();
  }

  /** Sends a cancelled file, or one that failed for a passing reason, again under the same upload id. */
  retry(uploadId: string): void {
    const item = this.find(uploadId);
    if (!item || !this.retryable(item)) return;
    this.update(uploadId, { state: 'queued', sent: 0, problem: null });
    this.pump();
  }

  retryable(item: UploadItem): boolean {
    return item.state === 'cancelled' || (item.state === 'failed' && item.problem !== null && canRetry(item.problem));
  }

  /** Forgets every file that is no longer queued or sending. */
  clearFinished(): void {
    for (const item of this.items) if (item.state !== 'queued' && item.state !== 'sending') this.bodies.delete(item.uploadId);
    this.items = this.items.filter((item) => item.state === 'queued' || item.state === 'sending');
    this.changed();
  }

  /** Calls `listener` with the items now and after every change; returns the unsubscribe. */
  subscribe(listener: (items: readonly UploadItem[]) => void): () => void {
    this.listeners.add(listener);
    listener(this.items);
    return () => this.listeners.delete(listener);
  }

  /** Aborts everything still sending (the view is closing). */
  destroy(): void {
    for (const controller of this.aborts.values()) controller.abort();
    this.listeners.clear();
  }

  private pump(): void {
    let sending = this.items.filter((item) => item.state === 'sending').length;
    for (const item of this.items) {
      if (sending >= this.parallel) return;
      if (item.state !== 'queued') continue;
      sending += 1;
      void this.send(item);
    }
  }

  private async send(item: UploadItem): Promise<void> {
    const body = this.bodies.get(item.uploadId);
    if (!body) return;
    const controller = new AbortController();
    this.aborts.set(item.uploadId, controller);
    this.update(item.uploadId, { state: 'sending', sent: 0 });
    const { uploadId, name, folderId, fileId } = item;
    try {
      await this.transport({ uploadId, name, folderId, fileId, body }, (sent) => this.progress(uploadId, controller, sent), controller.signal);
      if (controller.signal.aborted) return;
      this.bodies.delete(uploadId);
      const done = this.update(uploadId, { state: 'done', sent: item.size });
      if (done) this.options.uploaded?.(done);
    } catch (error) {
      // A cancelled send rejects too; cancel() has already marked it.
      if (controller.signal.aborted) return;
      this.update(uploadId, { state: 'failed', problem: error instanceof UploadFailed ? error.problem : { kind: 'network' } });
    } finally {
      if (this.aborts.get(uploadId) === controller) this.aborts.delete(uploadId);
      this.pump();
    }
  }

  private progress(uploadId: string, controller: AbortController, sent: number): void {
    // A late progress event of a cancelled send must not bring it back to life.
    if (!controller.signal.aborted) this.update(uploadId, { sent });
  }

  private find(uploadId: string): UploadItem | undefined {
    return this.items.find((item) => item.uploadId === uploadId);
  }

  private update(uploadId: string, change: Partial<UploadItem>): UploadItem | undefined {
    let updated: UploadItem | undefined;
    this.items = this.items.map((item) => (item.uploadId === uploadId ? (updated = { ...item, ...change }) : item));
    this.changed();
    return updated;
  }

  private changed(): void {
    for (const listener of this.listeners) listener(this.items);
  }
}
