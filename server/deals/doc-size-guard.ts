// Oversize deal documents: once a dossier or board grows past the limit it turns read-only for
// everyone (open sockets are downgraded live and the deal room is told why) until it shrinks
// again, e.g. by restoring an earlier version. Single frames are already capped by collab.
import * as Y from 'yjs';
import type { DealDoc } from '../../shared/schemas/deals.ts';
import { DocChangeDebouncer, type DocChange, type DocRegistry } from '../collab/index.ts';
import type { Logger } from '../logger.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import { dealRoom } from './deal-events.ts';

export interface DocSizeGuardDeps {
  registry: DocRegistry;
  io: AppSocketServer;
  refreshDocAccess: (docName: string) => Promise<void>;
  maxBytes: number;
  logger: Logger;
}

const FULL_FLAG = 'full';

interface Tracked {
  /** Encoded size at the last measurement. */
  measured: number;
  /** Bytes of updates since then: the document is at most measured + grown. */
  grown: number;
}

export class DocSizeGuard {
  private readonly tracked = new Map<string, Tracked>();
  private readonly measurements: DocChangeDebouncer<DealDoc>;

  constructor(private readonly deps: DocSizeGuardDeps) {
    this.measurements = new DocChangeDebouncer({
      kinds: ['dossier', 'board'],
      accepts: (change) => this.mayBeTooBig(change),
      // Measured after the current transaction, so a restore that shrinks the document counts.
      delayMs: 0,
      waitFrom: 'first-change',
      // One measurement at a time per document; it reads the document as it is by then.
      whileRunning: 'skip',
      handle: (batch) => this.measure(batch.key, batch.id, batch.kind),
      onError: (error, batch) => deps.logger.error({ err: error, doc: batch.key }, 'measuring a deal document failed'),
    });
  }

  isFull(docName: string): boolean {
    return this.deps.registry.flags.has(docName, FULL_FLAG);
  }

  /** A registry change listener; measures only when the cheap upper bound passes the limit. */
  get observe(): (change: DocChange) => void {
    return this.measurements.observe;
  }

  /** Keeps the upper bound of a document's size; true when it is worth measuring. */
  private mayBeTooBig(change: DocChange): boolean {
    const name = change.doc.name;
    let tracked = this.tracked.get(name);
    if (!tracked) {
      tracked = { measured: Y.encodeStateAsUpdate(change.doc.doc).byteLength, grown: 0 };
      this.tracked.set(name, tracked);
    } else {
      tracked.grown += change.update.byteLength;
    }
    return tracked.measured + tracked.grown > this.deps.maxBytes || this.isFull(name);
  }

  private async measure(name: string, dealId: string, doc: DealDoc): Promise<void> {
    const bytes = await this.deps.registry.read(name, (shared) => Y.encodeStateAsUpdate(shared.doc).byteLength);
    this.tracked.set(name, { measured: bytes, grown: 0 });
    const full = bytes > this.deps.maxBytes;
    if (full === this.isFull(name)) return;
    // A registry flag, so every instance's access check agrees (scale-out).
    this.deps.registry.flags.set(name, FULL_FLAG, full);
    this.deps.logger.warn({ doc: name, bytes, limit: this.deps.maxBytes, full }, 'deal document size limit');
    await this.deps.refreshDocAccess(name);
    this.deps.io.to(dealRoom(dealId)).emit('deal:doc-limit-crossed', { dealId, doc, bytes, limit: this.deps.maxBytes, full });
  }
}
