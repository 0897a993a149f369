// One open deal document (`dossier:` or `board:`): the shared CollabSession (one provider for
// every editor on the page, presence, Saving… / Saved / Offline) plus, for people who can write,
// the browser's offline copy. "Saved" also waits for edits the copy brought back from an
// earlier visit (made offline, under another Yjs client id) to be stored by the server.
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CollabMessage } from '../../../shared/protocol.ts';
import { CollabSession } from '../collab/collab-session.svelte.ts';
import type { PresenceUser } from '../collab/presence.ts';
import { readSavedNotice, stateVectorOf, type SaveStatus, type StateVector } from '../collab/save-status.ts';
import { discardOfflineCopy, keepOfflineCopy, type OfflineCopy } from './offline-copy.ts';
import { covers } from './state-vectors.ts';

/**
 * Also hears the server's Saved notices, beside the handler CollabSession installed: each
 * handler reads the same message through its own decoder. Returns the cleanup.
 */
function alsoHearSavedNotices(provider: WebsocketProvider, onSaved: (persisted: StateVector) => void): () => void {
  const inner = provider.messageHandlers[CollabMessage.Saved];
  provider.messageHandlers[CollabMessage.Saved] = (encoder, decoder, ...rest) => {
    const copy = decoding.createDecoder(decoder.arr);
    copy.pos = decoder.pos;
    onSaved(readSavedNotice(copy));
    inner(encoder, decoder, ...rest);
  };
  return () => {
    provider.messageHandlers[CollabMessage.Saved] = inner;
  };
}

export interface DealDocSessionOptions {
  docName: string;
  me: PresenceUser;
  /** Whether to keep an offline copy: only for people who can write. */
  offline: boolean;
}

export class DealDocSession {
  readonly collab: CollabSession;
  /** The document as the browser had kept it, not yet confirmed stored; empty when none. */
  private restored = $state.raw<StateVector>(new Map());
  private persisted = $state.raw<StateVector>(new Map());
  private readonly copy: OfflineCopy | null;
  private readonly stopHearing: () => void;

  readonly status: SaveStatus = $derived.by(() => {
    const status = this.collab.status;
    return status === 'saved' && !covers(this.persisted, this.restored) ? 'saving' : status;
  });

  constructor({ docName, me, offline }: DealDocSessionOptions) {
    this.collab = new CollabSession(docName, me);
    this.stopHearing = alsoHearSavedNotices(this.collab.provider, (persisted) => (this.persisted = persisted));
    this.copy = offline ? keepOfflineCopy(me.id, docName, this.collab.doc) : null;
    if (!offline) void discardOfflineCopy(me.id, docName);
    void this.copy?.loaded.then(() => {
      this.restored = stateVectorOf(this.collab.doc);
    });
  }

  get doc(): Y.Doc {
    return this.collab.doc;
  }

  /** Access withdrawn: the browser keeps nothing of the document. */
  async forget(): Promise<void> {
    await this.copy?.discard();
  }

  destroy(): void {
    this.stopHearing();
    this.copy?.close();
    this.collab.destroy();
  }
}
