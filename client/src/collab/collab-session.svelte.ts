// One open collaborative document: the Yjs doc, its stock y-websocket provider (cookie-
// authenticated, opted in to Saved notices), for writers the browser's offline copy, and reactive
// connection, presence and save state. A drop is retried with backoff; only a close the client
// cannot recover from (session ended, access withdrawn, a page older than the server) stops it,
// and the person is told.
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CollabCloseCode, PROTOCOL_VERSION, PROTOCOL_VERSION_PARAM, SAVED_NOTICE_PARAM } from '../../../shared/protocol.ts';
import { ATTEMPTS_BEFORE_SESSION_CHECK, connectionState, isFinalClose, type ConnectionState } from './connection-state.ts';
import { discardOfflineCopy, keepOfflineCopy, type OfflineCopy } from './offline-copy.ts';
import { peopleFromAwareness, type PresenceUser, type PresentPerson } from './presence.ts';
import { covers, isDurablyStored, saveStatus, stateVectorOf, type SaveStatus, type StateVector } from './save-status.ts';
import { listenForSavedNotices } from './saved-notice.ts';

/** `ws(s)://<this host>/collab`, so the session cookie goes along with the upgrade. */
export function collabServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

export interface CollabSessionOptions {
  docName: string;
  me: PresenceUser;
  /** Keep the browser's offline copy: for people who can write. */
  offlineCopy: boolean;
  /**
   * Whether the session cookie still works. A refused upgrade carries no close code, so after a
   * few failed attempts in a row the client asks, and stops with "signed out" when it does not.
   */
  stillSignedIn: () => Promise<boolean>;
}

export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly me: PresenceUser;
  connected = $state(false);
  /** Set when the server closed for good (see isFinalClose); the provider stops retrying. */
  closedCode = $state<number | null>(null);
  people = $state.raw<PresentPerson[]>([]);
  private everConnected = $state(false);
  private persisted = $state.raw<StateVector>(new Map());
  private local = $state.raw<StateVector>(new Map());
  /** The document as the offline copy brought it back, not yet confirmed stored; empty when none. */
  private restored = $state.raw<StateVector>(new Map());
  private failedAttempts = 0;
  private destroyed = false;
  private readonly copy: OfflineCopy | null;

  readonly state: ConnectionState = $derived(connectionState({ connected: this.connected, everConnected: this.everConnected, closedCode: this.closedCode }));
  readonly status: SaveStatus = $derived.by(() => {
    const status = saveStatus({ connected: this.connected, clientId: this.doc.clientID, local: this.local, persisted: this.persisted });
    // Edits the copy brought back from an earlier visit were made under another client id.
    return status === 'saved' && !covers(this.persisted, this.restored) ? 'saving' : status;
  });
  readonly hasUnsavedEdits: boolean = $derived(!isDurablyStored(this.doc.clientID, this.local, this.persisted) || !covers(this.persisted, this.restored));
  readonly revoked: boolean = $derived(this.closedCode === CollabCloseCode.AccessRevoked);
  /** Closed for good: nothing typed now could be saved, so editors stop taking input. */
  readonly closed: boolean = $derived(this.closedCode !== null);

  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly options: CollabSessionOptions) {
    this.me = options.me;
    // Not connected yet: the Saved handler must be in place before the server's first notice.
    this.provider = new WebsocketProvider(collabServerUrl(window.location), options.docName, this.doc, {
      connect: false,
      // The version lets the server close a page older than itself with UpgradeRequired.
      params: { [SAVED_NOTICE_PARAM]: '1', [PROTOCOL_VERSION_PARAM]: String(PROTOCOL_VERSION) },
      shouldReconnect: (event) => !isFinalClose(event.code),
    });
    this.cleanups.push(listenForSavedNotices(this.provider, (persisted) => (this.persisted = persisted)));
    this.cleanups.push(this.watchConnection(), this.watchPresence(), this.watchLocalEdits(), this.followBrowserNetwork());
    this.provider.awareness.setLocalStateField('user', options.me);
    this.copy = options.offlineCopy ? keepOfflineCopy(options.me.id, options.docName, this.doc) : null;
    if (!this.copy) void discardOfflineCopy(options.me.id, options.docName);
    void this.connectOnceCopyLoaded();
  }

  /** Access withdrawn: the browser keeps nothing of the document. */
  async forget(): Promise<void> {
    await this.copy?.discard();
  }

  destroy(): void {
    this.destroyed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.copy?.close();
    this.provider.destroy();
    this.doc.destroy();
  }

  // What the copy kept goes to the server in the sync reply, the recovery path, rather than as
  // live edits racing the server's state.
  private async connectOnceCopyLoaded(): Promise<void> {
    try {
      await this.copy?.loaded;
      this.restored = stateVectorOf(this.doc);
    } catch {
      // No usable IndexedDB (private mode, quota): work online only rather than not at all.
    }
    if (this.closedCode === null && !this.destroyed) this.provider.connect();
  }

  private watchConnection(): () => void {
    const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
      this.connected = status === 'connected';
      if (!this.connected) return;
      this.everConnected = true;
      this.failedAttempts = 0;
    };
    const onConnectionClose = (event: CloseEvent | null) => {
      if (event === null || isFinalClose(event.code)) return;
      this.failedAttempts += 1;
      if (this.failedAttempts % ATTEMPTS_BEFORE_SESSION_CHECK === 0) void this.checkSession();
    };
    const onClosed = ({ code }: { code: number }) => {
      this.closedCode = code;
    };
    this.provider.on('status', onStatus);
    this.provider.on('connection-close', onConnectionClose);
    this.provider.on('closed', onClosed);
    return () => {
      this.provider.off('status', onStatus);
      this.provider.off('connection-close', onConnectionClose);
      this.provider.off('closed', onClosed);
    };
  }

  private async checkSession(): Promise<void> {
    let signedIn = true;
    try {
      signedIn = await this.options.stillSignedIn();
    } catch {
      // The server is unreachable, which says nothing about the session: keep retrying.
    }
    if (signedIn || this.connected || this.destroyed) return;
    this.closedCode = CollabCloseCode.SessionEnded;
    this.provider.disconnect();
  }

  /**
   * A dropped network can leave the socket looking open until the provider's 30 s silence
   * watchdog fires; the browser knows sooner. Going offline closes the socket at once (so the
   * indicator says so), and coming back reconnects at once instead of after the backoff.
   */
  private followBrowserNetwork(): () => void {
    const onOffline = () => this.provider.disconnect();
    const onOnline = () => {
      if (this.closedCode === null) this.provider.connect();
    };
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    };
  }

  private watchPresence(): () => void {
    const { awareness } = this.provider;
    const onChange = () => {
      this.people = peopleFromAwareness(awareness.getStates(), this.me);
    };
    onChange();
    awareness.on('change', onChange);
    return () => awareness.off('change', onChange);
  }

  private watchLocalEdits(): () => void {
    const onUpdate = () => {
      this.local = stateVectorOf(this.doc);
    };
    this.doc.on('update', onUpdate);
    return () => this.doc.off('update', onUpdate);
  }
}
