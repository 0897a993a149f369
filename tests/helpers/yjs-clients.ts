// Stock y-websocket clients in Node, plus the Saved-notice handler the app's editor uses.
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CollabMessage } from '../../shared/protocol.ts';
import { waitFor } from './wait.ts';

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text: Y.Text;
  /** State vector of what the server says is durably stored (empty until the first notice). */
  persisted: Map<number, number>;
  closeEvents: number[];
  /** True when every local edit of this client is durably stored. */
  isSaved(): boolean;
  synced(): Promise<void>;
  destroy(): void;
}

export interface ConnectOptions {
  token?: string;
  savedNotices?: boolean;
  /** Stop the provider reconnecting after a refusal or close. */
  noReconnect?: boolean;
  /** A document that already holds content, e.g. an offline copy; a fresh one otherwise. */
  doc?: Y.Doc;
}

export function connectClient(wsUrl: string, docName: string, options: ConnectOptions = {}): CollabClient {
  const doc = options.doc ?? new Y.Doc();
  const params: Record<string, string> = {};
  if (options.token) params.token = options.token;
  if (options.savedNotices) params.saved = '1';
  const provider = new WebsocketProvider(`${wsUrl}/collab`, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    disableBc: true,
    maxBackoffTime: 200,
  });
  const client: CollabClient = {
    doc,
    provider,
    text: doc.getText('content'),
    persisted: new Map(),
    closeEvents: [],
    isSaved: () => (client.persisted.get(doc.clientID) ?? 0) >= (Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0),
    synced: () => waitFor(() => provider.synced, `${docName} to sync`),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
  provider.messageHandlers[CollabMessage.Saved] = (_encoder, decoder) => {
    client.persisted = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
  };
  provider.on('connection-close', (event) => {
    if (event) client.closeEvents.push(event.code);
    if (options.noReconnect) provider.shouldConnect = false;
  });
  return client;
}
