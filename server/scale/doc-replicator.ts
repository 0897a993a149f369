// Keeps the copies of a document held by several instances identical: local changes are published
// on the document's channel, other instances' changes applied here (tagged RemoteOrigin so they are
// neither stored nor published again), and a state-vector exchange catches up on open and after a
// Redis outage.
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { authorOf, RemoteOrigin, type SharedDoc } from '../collab/index.ts';
import type { Logger } from '../logger.ts';
import type { Channels } from './channels.ts';
import { decodeDocMessage, encodeDocMessage, type DocMessage } from './doc-messages.ts';

/** What the replicator needs from the pub/sub bus. */
export interface ReplicationLink {
  subscribe(channel: string): Promise<void>;
  unsubscribe(channel: string): void;
  /** Resolves with how many subscribers received the message. */
  publish(channel: string, message: Uint8Array): Promise<number>;
}

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/** A document this instance holds, with the listeners that publish its local changes. */
interface ReplicatedDoc {
  shared: SharedDoc;
  detach: () => void;
  /** Set while open() waits for the other holders' sync replies. */
  awaitingReplies?: { remaining: number; done: () => void };
}

/** An encoded update with nothing in it (no structs, empty delete set). */
const EMPTY_UPDATE_BYTES = 2;

function allAwareness(awareness: awarenessProtocol.Awareness): Uint8Array {
  return awarenessProtocol.encodeAwarenessUpdate(awareness, [...awareness.getStates().keys()]);
}

export class DocReplicator {
  private readonly docs = new Map<string, ReplicatedDoc>();

  constructor(
    private readonly instanceId: string,
    private readonly channels: Channels,
    private readonly link: ReplicationLink,
    private readonly logger: Logger,
    /** Longest wait on open for the other holders' replies (an instance may have died). */
    private readonly replyTimeoutMs: number,
  ) {}

  /** Subscribes, then asks the other holders for what the store did not have yet, and waits for them. */
  async open(shared: SharedDoc): Promise<void> {
    const entry: ReplicatedDoc = { shared, detach: this.publishLocalChanges(shared) };
    this.docs.set(shared.name, entry);
    await this.link.subscribe(this.channels.doc(shared.name));
    // PUBLISH answers how many subscribers got the request; one of them is this instance.
    const holders = (await this.requestSync(shared)) - 1;
    if (holders > 0 && this.docs.get(shared.name) === entry) await this.awaitReplies(entry, holders);
  }

  close(shared: SharedDoc): void {
    const entry = this.docs.get(shared.name);
    if (entry?.shared !== shared) return;
    entry.detach();
    entry.awaitingReplies?.done();
    this.docs.delete(shared.name);
    this.link.unsubscribe(this.channels.doc(shared.name));
  }

  /** After an outage messages were lost both ways: exchange state vectors for every open document. */
  resyncAll(): void {
    for (const { shared } of this.docs.values()) void this.requestSync(shared);
  }

  get openCount(): number {
    return this.docs.size;
  }

  /** Handles a frame from the document or instance channel. */
  receive(bytes: Uint8Array): void {
    let message: DocMessage;
    try {
      message = decodeDocMessage(bytes);
    } catch (error) {
      this.logger.warn({ err: error }, 'ignoring a malformed message from another instance');
      return;
    }
    if (message.sender === this.instanceId) return;
    const entry = this.docs.get(message.doc);
    if (!entry) return;
    try {
      this.apply(entry, message);
    } catch (error) {
      this.logger.error({ err: error, doc: message.doc, type: message.type }, 'applying a message from another instance failed');
    }
  }

  private apply(entry: ReplicatedDoc, message: DocMessage): void {
    const { shared } = entry;
    const origin = new RemoteOrigin(message.sender);
    switch (message.type) {
      case 'update':
        return shared.applyRemote(message.update, message.author, origin);
      case 'awareness':
        return awarenessProtocol.applyAwarenessUpdate(shared.awareness, message.awareness, origin);
      case 'sync-request':
        awarenessProtocol.applyAwarenessUpdate(shared.awareness, message.awareness, origin);
        return this.answerSync(shared, message.sender, message.stateVector);
      case 'sync-reply':
        return this.completeSync(entry, message, origin);
      case 'sync-diff':
        return shared.applyRemote(message.diff, null, origin);
    }
  }

  private answerSync(shared: SharedDoc, requester: string, stateVector: Uint8Array): void {
    this.send(this.channels.instance(requester), {
      type: 'sync-reply',
      sender: this.instanceId,
      doc: shared.name,
      diff: Y.encodeStateAsUpdate(shared.doc, stateVector),
      stateVector: Y.encodeStateVector(shared.doc),
      awareness: allAwareness(shared.awareness),
    });
  }

  // The answerer may lack edits made here (e.g. during an outage): send them, so one exchange
  // started by either side converges both.
  private completeSync(entry: ReplicatedDoc, message: Extract<DocMessage, { type: 'sync-reply' }>, origin: RemoteOrigin): void {
    const { shared } = entry;
    shared.applyRemote(message.diff, null, origin);
    awarenessProtocol.applyAwarenessUpdate(shared.awareness, message.awareness, origin);
    const missing = Y.encodeStateAsUpdate(shared.doc, message.stateVector);
    if (missing.byteLength > EMPTY_UPDATE_BYTES) {
      this.send(this.channels.instance(message.sender), { type: 'sync-diff', sender: this.instanceId, doc: shared.name, diff: missing });
    }
    const waiting = entry.awaitingReplies;
    if (waiting && --waiting.remaining <= 0) waiting.done();
  }

  private requestSync(shared: SharedDoc): Promise<number> {
    return this.link.publish(
      this.channels.doc(shared.name),
      encodeDocMessage({
        type: 'sync-request',
        sender: this.instanceId,
        doc: shared.name,
        stateVector: Y.encodeStateVector(shared.doc),
        awareness: allAwareness(shared.awareness),
      }),
    );
  }

  private awaitReplies(entry: ReplicatedDoc, holders: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(), this.replyTimeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        entry.awaitingReplies = undefined;
        resolve();
      };
      entry.awaitingReplies = { remaining: holders, done };
    });
  }

  /** Publishes every change made here; returns the function that stops it. */
  private publishLocalChanges(shared: SharedDoc): () => void {
    const channel = this.channels.doc(shared.name);
    const onUpdate = (update: Uint8Array, origin: unknown): void => {
      if (origin instanceof RemoteOrigin) return;
      const author = authorOf(origin)?.id ?? null;
      this.send(channel, { type: 'update', sender: this.instanceId, doc: shared.name, update, author });
    };
    // Covers removals too: a closed connection's states are removed with a null origin.
    const onAwareness = ({ added, updated, removed }: AwarenessChanges, origin: unknown): void => {
      if (origin instanceof RemoteOrigin) return;
      const awareness = awarenessProtocol.encodeAwarenessUpdate(shared.awareness, [...added, ...updated, ...removed]);
      this.send(channel, { type: 'awareness', sender: this.instanceId, doc: shared.name, awareness });
    };
    shared.doc.on('update', onUpdate);
    shared.awareness.on('update', onAwareness);
    return () => {
      shared.doc.off('update', onUpdate);
      shared.awareness.off('update', onAwareness);
    };
  }

  private send(channel: string, message: DocMessage): void {
    void this.link.publish(channel, encodeDocMessage(message));
  }
}
