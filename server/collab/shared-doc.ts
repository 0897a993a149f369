// One live collaborative document: the Y.Doc, its awareness, the peers connected to it, the save
// queue that makes their edits durable, and who wrote them.
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { parseDocName, type DocName } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { Logger } from '../logger.ts';
import type { AuthorshipLog } from './authorship.ts';
import { RemoteOrigin } from './cluster.ts';
import { awarenessMessage, syncStep1Message, updateMessage } from './messages.ts';
import { SaveQueue, type SaveQueueOptions } from './save-queue.ts';
import { SavedNotices } from './saved-notices.ts';
import type { UpdateLog } from './update-log.ts';
import { judgeUpdate, type GuardContext, type UpdateVerdict, type WriterPresence } from './write-guard.ts';

/** What the document needs from a connected peer. */
export interface DocPeer {
  readonly user: PublicUser;
  readonly wantsSavedNotices: boolean;
  /** Awareness client ids this peer has announced, removed when it leaves. */
  readonly awarenessClients: Set<number>;
  /** Whether it has answered the server's state vector: the server then holds all it had. */
  readonly synced: boolean;
  send(message: Uint8Array): void;
}

/** Origin of a change the server makes itself (restoring a version, applying a template). */
export class ServerEdit {
  constructor(readonly author: PublicUser | null) {}
}

/** A change to a document, for server-side observers (sign-offs, progress, history). */
export interface DocChange {
  doc: SharedDoc;
  update: Uint8Array;
  author: PublicUser | null;
}

export interface SharedDocDeps {
  log: UpdateLog;
  authorship: AuthorshipLog;
  options: SaveQueueOptions;
  logger: Logger;
  onChange: (change: DocChange) => void;
}

/** At most one Saved notice per document per this window. */
const SAVED_NOTICE_WINDOW_MS = 100;

/** Origin of the transaction that applies stored state, which must not be stored again. */
const LOADED_FROM_STORE = Symbol('loaded-from-store');

function stateVectorOf(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}

/** The user a local change was made for: the connection's user or the server edit's author. */
export function authorOf(origin: unknown): PublicUser | null {
  if (origin instanceof ServerEdit) return origin.author;
  const user = (origin as Partial<DocPeer> | null)?.user;
  return user ?? null;
}

export class SharedDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<DocPeer>();
  /** Kind and id, parsed once: observers look at them on every change. */
  readonly parsedName: DocName | null;
  private saveQueue!: SaveQueue;
  private authors = new Map<number, string>();
  /** Client ids people announced presence under, written with or not yet: id → user id. */
  private readonly presence = new Map<number, string>();
  /** Client ids whose edits arrived from other instances (scale-out), which those instances store. */
  private readonly relayedWriters = new Set<number>();
  private readonly notices = new SavedNotices(() => this.saveQueue.persisted, SAVED_NOTICE_WINDOW_MS);
  /** Set while applying an update that may also integrate content other writers sent earlier. */
  private echoToSender = false;

  private constructor(
    readonly name: string,
    private readonly deps: SharedDocDeps,
  ) {
    this.parsedName = parseDocName(name);
    // The server holds no awareness state of its own, only relays its peers'.
    this.awareness.setLocalState(null);
  }

  static async load(name: string, deps: SharedDocDeps): Promise<SharedDoc> {
    const shared = new SharedDoc(name, deps);
    const [stored, authors] = await Promise.all([deps.log.load(name), deps.authorship.loadAuthors(name)]);
    shared.authors = authors;
    shared.doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(shared.doc, update);
    }, LOADED_FROM_STORE);
    shared.saveQueue = new SaveQueue(name, deps.log, deps.options, deps.logger, () => shared.notices.stored(), stateVectorOf(shared.doc), stored.tailLength);
    shared.saveQueue.compactLongTail();
    shared.doc.on('update', (update: Uint8Array, origin: unknown) => shared.onUpdate(update, origin));
    shared.awareness.on('update', (changes: AwarenessChanges, origin: unknown) => shared.onAwareness(changes, origin));
    return shared;
  }

  get hasUnsaved(): boolean {
    return this.saveQueue.hasUnsaved;
  }

  /**
   * A writer's state vector (its sync step 1). After a restart another writer's sync reply may bring
   * this writer's edits first, so nothing of theirs comes in as new; their saving concerns it all the same.
   */
  peerHolds(peer: DocPeer, encodedStateVector: Uint8Array): void {
    this.notices.holds(peer, Y.decodeStateVector(encodedStateVector));
  }

  /** The Saved notice a peer that asked for them is sent on joining. */
  savedNotice(peer: DocPeer): Uint8Array {
    return this.notices.current(peer);
  }

  /** The user a Yjs client id writes for, if it has written here. */
  authorOfClient(clientId: number): string | undefined {
    return this.authors.get(clientId);
  }

  /**
   * Judges and applies a writer's update (see write-guard.ts): 'forged' when it would write new
   * content under another present writer's id; otherwise applied, binding the sender's own ids.
   */
  applyFromWriter(update: Uint8Array, peer: DocPeer, kind: GuardContext['kind']): UpdateVerdict['type'] {
    const verdict = judgeUpdate(update, this.guardContext(peer, kind));
    if (verdict.type === 'forged') return verdict.type;
    for (const clientId of verdict.bind) this.bindClient(clientId, peer.user);
    this.notices.wrote(peer, verdict.bind);
    // Content that waited for another writer's missing edits may integrate now; the sender may
    // not have it, so then the sender hears the change too.
    this.echoToSender = this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null;
    try {
      Y.applyUpdate(this.doc, verdict.update, peer);
    } finally {
      this.echoToSender = false;
    }
    return verdict.type;
  }

  private guardContext(peer: DocPeer, kind: GuardContext['kind']): GuardContext {
    const pending = this.doc.store.pendingStructs;
    const waiting = pending ? Y.parseUpdateMeta(pending.update).to : new Map<number, number>();
    return {
      heldClock: (clientId) => Math.max(Y.getState(this.doc.store, clientId), waiting.get(clientId) ?? 0),
      ownerOf: (clientId) => this.authors.get(clientId) ?? this.presence.get(clientId),
      presenceOf: (clientId) => this.presenceOf(clientId, peer),
      sender: { userId: peer.user.id, announced: peer.awarenessClients },
      kind,
    };
  }

  private presenceOf(clientId: number, except: DocPeer): WriterPresence {
    for (const other of this.peers) {
      if (other !== except && other.awarenessClients.has(clientId)) return other.synced ? 'synced' : 'syncing';
    }
    return 'away';
  }

  private bindClient(clientId: number, user: PublicUser): void {
    if (this.authors.has(clientId)) return;
    this.authors.set(clientId, user.id);
    this.deps.authorship.bindClient(this.name, clientId, user.id).catch((error: unknown) => {
      this.deps.logger.error({ err: error, clientId }, 'recording a client author failed');
    });
  }

  /**
   * Applies an update another instance received from its client: relayed to the peers here, but
   * neither stored (its own instance stores it) nor reported to change observers (they ran there).
   * The writer binding is remembered so a client here cannot reuse that client id.
   */
  applyRemote(update: Uint8Array, authorId: string | null, origin: RemoteOrigin): void {
    for (const clientId of Y.parseUpdateMeta(update).from.keys()) {
      this.relayedWriters.add(clientId);
      if (authorId && !this.authors.has(clientId)) this.authors.set(clientId, authorId);
    }
    Y.applyUpdate(this.doc, update, origin);
  }

  /**
   * The client ids of a presence announcement the user may speak for, now reserved for them:
   * those that neither write nor are present for someone else.
   */
  claimPresence(clientIds: readonly number[], user: PublicUser): Set<number> {
    const own = new Set<number>();
    for (const clientId of clientIds) {
      if ((this.authors.get(clientId) ?? this.presence.get(clientId) ?? user.id) !== user.id) continue;
      this.presence.set(clientId, user.id);
      own.add(clientId);
    }
    return own;
  }

  addPeer(peer: DocPeer): void {
    this.peers.add(peer);
    this.notices.join(peer);
    this.adoptRelayedEdits(peer);
  }

  // A user who wrote through another instance and now connects here may have lost that instance
  // before it stored those edits; the client will not send them again (this copy already has
  // them), so they are stored from here. Storing an update twice is harmless: Yjs applies it once.
  // The peer then hears when they are stored, as if it had just written them.
  private adoptRelayedEdits(peer: DocPeer): void {
    if (this.relayedWriters.size === 0) return;
    const current = stateVectorOf(this.doc);
    const from = new Map(current);
    const adopted: number[] = [];
    for (const clientId of this.relayedWriters) {
      const stored = this.saveQueue.persisted.get(clientId) ?? 0;
      if (this.authors.get(clientId) !== peer.user.id || stored >= (current.get(clientId) ?? 0)) continue;
      from.set(clientId, stored);
      adopted.push(clientId);
    }
    if (adopted.length === 0) return;
    this.notices.wrote(peer, adopted);
    this.saveQueue.push(Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(from)));
  }

  removePeer(peer: DocPeer): void {
    if (!this.peers.delete(peer)) return;
    this.notices.leave(peer);
    if (peer.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessClients], null);
    }
    // Content may be waiting for edits a leaving writer never delivered (its part of another
    // writer's sync reply was left to it); asking the others for what the server lacks brings
    // them back from whoever holds them, now that nobody else speaks for those ids.
    if (this.doc.store.pendingStructs !== null) this.requestResync();
  }

  private requestResync(): void {
    const request = syncStep1Message(this.doc);
    for (const peer of this.peers) peer.send(request);
  }

  /** Resolves once every update received so far is durably stored. */
  flush(): Promise<void> {
    return this.saveQueue.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.notices.close();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === LOADED_FROM_STORE) return;
    if (origin instanceof RemoteOrigin) return this.broadcast(updateMessage(update), origin);
    const author = authorOf(origin);
    this.saveQueue.push(update, author?.id);
    this.broadcast(updateMessage(update), origin);
    this.deps.onChange({ doc: this, update, author });
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

  // The sender already has its own change, so it is skipped (unless the change holds more).
  private broadcast(message: Uint8Array, origin: unknown): void {
    for (const peer of this.peers) if (peer !== origin || this.echoToSender) peer.send(message);
  }
}

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}
