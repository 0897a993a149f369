// One open collaborative document: the Yjs doc, its stock y-websocket provider (cookie-
// authenticated, opted in to Saved notices), and reactive connection, presence and save state.
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CollabCloseCode, SAVED_NOTICE_PARAM } from '../../../shared/protocol.ts';
import { peopleFromAwareness, type PresenceUser, type PresentPerson } from './presence.ts';
import { isDurablyStored, saveStatus, stateVectorOf, type SaveStatus, type StateVector } from './save-status.ts';
import { listenForSavedNotices } from './saved-notice.ts';

/** `ws(s)://<this host>/collab`, so the session cookie goes along with the upgrade. */
export function collabServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  connected = $state(false);
  /** Set when the server closed for good, e.g. access revoked; the provider stops retrying. */
  closedCode = $state<number | null>(null);
  people = $state.raw<PresentPerson[]>([]);
  private persisted = $state.raw<StateVector>(new Map());
  private local = $state.raw<StateVector>(new Map());

  readonly status: SaveStatus = $derived(
    saveStatus({ connected: this.connected, clientId: this.doc.clientID, local: this.local, persisted: this.persisted }),
  );
  readonly hasUnsavedEdits: boolean = $derived(!isDurablyStored(this.doc.clientID, this.local, this.persisted));
  readonly revoked: boolean = $derived(this.closedCode === CollabCloseCode.AccessRevoked);

  private readonly cleanups: (() => void)[] = [];

  constructor(docName: string, readonly me: PresenceUser) {
    // Not connected yet: the Saved handler must be in place before the server's first notice.
    this.provider = new WebsocketProvider(collabServerUrl(window.location), docName, this.doc, {
      connect: false,
      params: { [SAVED_NOTICE_PARAM]: '1' },
    });
    this.cleanups.push(listenForSavedNotices(this.provider, (persisted) => (this.persisted = persisted)));
    this.cleanups.push(this.watchConnection(), this.watchPresence(), this.watchLocalEdits(), this.followBrowserNetwork());
    this.provider.awareness.setLocalStateField('user', me);
    this.provider.connect();
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.provider.destroy();
    this.doc.destroy();
  }

  private watchConnection(): () => void {
    const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
      this.connected = status === 'connected';
    };
    const onClosed = ({ code }: { code: number }) => {
      this.closedCode = code;
    };
    this.provider.on('status', onStatus);
    this.provider.on('closed', onClosed);
    return () => {
      this.provider.off('status', onStatus);
      this.provider.off('closed', onClosed);
    };
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
