// One client's collaboration socket: decodes y-websocket frames, applies them with the
// connection's access level, and relays the document's changes back.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket, type RawData } from 'ws';
import { CollabCloseCode, CollabMessage } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { WarnThrottle } from '../log-throttle.ts';
import { awarenessMessage, syncStep1Message } from './messages.ts';
import { decodePresence, encodePresence } from './presence-entries.ts';
import type { DocPeer, SharedDoc } from './shared-doc.ts';

export type WriteAccess = 'read' | 'write';

export interface ConnectionOptions {
  /** Bytes queued for a client before it is treated as too slow and disconnected. */
  maxBufferedBytes: number;
  /** Warnings any client can cause go through here, so they cannot flood the log. */
  warnings: WarnThrottle;
}

class MalformedFrameError extends Error {
  readonly code = 'malformed_frame';
}

class ForgedUpdateError extends Error {
  readonly code = 'forged_update';
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  // A view, not a copy: nothing holds the frame past this message; Yjs and the awareness decode what they keep.
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export class CollabConnection implements DocPeer {
  readonly awarenessClients = new Set<number>();
  synced = false;
  private closed = false;

  constructor(
    private readonly ws: WebSocket,
    readonly user: PublicUser,
    public access: WriteAccess,
    private readonly shared: SharedDoc,
    readonly wantsSavedNotices: boolean,
    private readonly options: ConnectionOptions,
  ) {}

  /** Joins the document and starts the sync handshake (server sends step 1 and presence). */
  start(): void {
    this.shared.addPeer(this);
    this.ws.on('message', (data) => this.receive(data));
    this.send(syncStep1Message(this.shared.doc));
    const present = [...this.shared.awareness.getStates().keys()];
    if (present.length > 0) this.send(awarenessMessage(this.shared.awareness, present));
    if (this.wantsSavedNotices) this.send(this.shared.savedNotice(this));
  }

  /** Leaves the document; called once the socket has closed. */
  leave(): void {
    this.shared.removePeer(this);
  }

  send(message: Uint8Array): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    // A client that cannot keep up is dropped rather than buffered without bound; it resyncs
    // from the document when it reconnects.
    if (this.ws.bufferedAmount > this.options.maxBufferedBytes) {
      this.options.warnings.warn('slow-consumer', { user: this.user.id, doc: this.shared.name, buffered: this.ws.bufferedAmount }, 'slow consumer disconnected');
      this.ws.terminate();
      return;
    }
    this.ws.send(message);
  }

  /**
   * Closes with a code the client acts on and reads nothing more: frames the client sent before it
   * saw the close (still arriving during the closing handshake) must not be applied.
   */
  close(code: number, reason: string): void {
    this.closed = true;
    this.ws.close(code, reason);
  }

  private receive(data: RawData): void {
    if (this.closed) return;
    try {
      const reply = this.handle(toBytes(data));
      if (reply) this.send(reply);
    } catch (error) {
      this.options.warnings.warn('malformed-frame', { err: error, user: this.user.id, doc: this.shared.name }, 'malformed collaboration frame; closing connection');
      this.close(CollabCloseCode.Malformed, 'malformed frame');
    }
  }

  private handle(frame: Uint8Array): Uint8Array | null {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case CollabMessage.Sync:
        return this.handleSync(decoder);
      case CollabMessage.Awareness: {
        const entries = decodePresence(decoding.readVarUint8Array(decoder));
        // Presence speaks for Yjs client ids: someone else's would move or erase their caret, or take
        // an id they announced but have not written with yet. Stock clients echo the presence they
        // receive, so such entries are dropped, not treated as an attack.
        const own = this.shared.claimPresence(entries.map((entry) => entry.clientId), this.user);
        const kept = entries.filter((entry) => own.has(entry.clientId));
        if (kept.length > 0) awarenessProtocol.applyAwarenessUpdate(this.shared.awareness, encodePresence(kept), this);
        return null;
      }
      case CollabMessage.QueryAwareness:
        return awarenessMessage(this.shared.awareness, [...this.shared.awareness.getStates().keys()]);
      default:
        throw new MalformedFrameError(`unknown message type ${type}`);
    }
  }

  private handleSync(decoder: decoding.Decoder): Uint8Array | null {
    const syncType = decoding.readVarUint(decoder);
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1: {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, CollabMessage.Sync);
        const stateVector = decoding.readVarUint8Array(decoder);
        if (this.access === 'write') this.shared.peerHolds(this, stateVector);
        syncProtocol.writeSyncStep2(encoder, this.shared.doc, stateVector);
        return encoding.toUint8Array(encoder);
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = decoding.readVarUint8Array(decoder);
        const isReply = syncType === syncProtocol.messageYjsSyncStep2;
        if (isReply) this.synced = true;
        // Read-only peers receive everything but their writes are dropped, never applied or stored.
        if (this.access !== 'write') return null;
        // Decoding (inside) throws on a malformed update before anything touches the shared document.
        const verdict = this.shared.applyFromWriter(update, this, isReply ? 'sync-reply' : 'update');
        if (verdict === 'forged') throw new ForgedUpdateError('new content under another writer\'s client id');
        return null;
      }
      default:
        throw new MalformedFrameError(`unknown sync message type ${syncType}`);
    }
  }
}
