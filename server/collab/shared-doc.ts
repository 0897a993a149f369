// One live collaborative document: the Y.Doc, its awareness, the peers connected to it, and the
// save queue that makes their edits durable.
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Logger } from '../logger.ts';
import { awarenessMessage, savedMessage, updateMessage } from './messages.ts';
import { SaveQueue, type SaveQueueOptions } from './save-queue.ts';
import type { UpdateLog } from './update-log.ts';

/** What the document needs from a connected peer. */
export interface DocPeer {
  readonly wantsSavedNotices: boolean;
  /** Awareness client ids this peer has announced, removed when it leaves. */
  readonly awarenessClients: Set<number>;
  send(message: Uint8Array): void;
}

/** Origin of the transaction that applies stored state, which must not be stored again. */
const LOADED_FROM_STORE = Symbol('loaded-from-store');

function stateVectorOf(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}

export class SharedDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<DocPeer>();
  private saveQueue!: SaveQueue;

  private constructor(readonly name: string) {
    // The server holds no awareness state of its own, only relays its peers'.
    this.awareness.setLocalState(null);
  }

  static async load(name: string, log: UpdateLog, options: SaveQueueOptions, logger: Logger): Promise<SharedDoc> {
    const shared = new SharedDoc(name);
    const stored = await log.load(name);
    shared.doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(shared.doc, update);
    }, LOADED_FROM_STORE);
    const onSaved = (persisted: Map<number, number>) => shared.broadcastSaved(persisted);
    shared.saveQueue = new SaveQueue(name, log, options, logger, onSaved, stateVectorOf(shared.doc), stored.tailLength);
    shared.doc.on('update', (update: Uint8Array, origin: unknown) => shared.onUpdate(update, origin));
    shared.awareness.on('update', (changes: AwarenessChanges, origin: unknown) => shared.onAwareness(changes, origin));
    return shared;
  }

  get hasUnsaved(): boolean {
    return this.saveQueue.hasUnsaved;
  }

  savedNotice(): Uint8Array {
    return savedMessage(this.saveQueue.persisted);
  }

  addPeer(peer: DocPeer): void {
    this.peers.add(peer);
  }

  removePeer(peer: DocPeer): void {
    if (!this.peers.delete(peer)) return;
    if (peer.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessClients], null);
    }
  }

  /** Resolves once every update received so far is durably stored. */
  flush(): Promise<void> {
    return this.saveQueue.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === LOADED_FROM_STORE) return;
    this.saveQueue.push(update);
    this.broadcast(updateMessage(update), origin);
  }

  private onAwareness({ added, updated, removed }: AwarenessChanges, origin: unknown): void {
    const changed = [...added, ...updated, ...removed];
    if (origin && this.peers.has(origin as DocPeer)) {
      const peer = origin as DocPeer;
      for (const client of [...added, ...updated]) peer.awarenessClients.add(client);
      for (const client of removed) peer.awarenessClients.delete(client);
    }
    this.broadcast(awarenessMessage(this.awareness, changed), origin);
  }

  private broadcastSaved(persisted: Map<number, number>): void {
    const notice = savedMessage(persisted);
    for (const peer of this.peers) if (peer.wantsSavedNotices) peer.send(notice);
  }

  // The sender already has its own change, so it is skipped.
  private broadcast(message: Uint8Array, origin: unknown): void {
    for (const peer of this.peers) if (peer !== origin) peer.send(message);
  }
}

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}
