// One bench client: a Y.Doc bound to a server through the provider that server expects.
import type * as Y from 'yjs';
import WebSocket from 'ws';
import type * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { LoadConfig } from './types.ts';

/** Superconnector's "saved" message type (shared/protocol.ts `CollabMessage.Saved`). */
const SAVED_MESSAGE_TYPE = 100;
const SAVED_NOTICE_PARAM = 'saved';

export interface ClientEvents {
  /** The connection closed; `detail` names the close code and reason when known. */
  onDisconnect: (detail: string) => void;
  /** The payload decoder of a Superconnector "saved" message. */
  onSaved: (decoder: decoding.Decoder) => void;
}

/** Name of the Y.Text every bench client edits. */
export const BENCH_TEXT_NAME = 'bench';

/** What a client needs to know to reach a document. */
export type ClientOptions = Pick<LoadConfig, 'clientKind' | 'serverUrl' | 'token' | 'trackSaves'>;

export interface BenchClient {
  synced: Promise<void>;
  /** Closes the connection and destroys the doc. */
  destroy: () => void;
}

interface CloseDetail {
  code?: number;
  reason?: string;
}

function describeClose(event: CloseDetail | null | undefined): string {
  return event ? `close ${event.code ?? '?'} ${event.reason ?? ''}`.trim() : 'close';
}

/** Binds `doc` to `docName` with the provider matching `config.clientKind`. */
export function openClient(config: ClientOptions, docName: string, doc: Y.Doc, events: ClientEvents): BenchClient {
  return config.clientKind === 'hocuspocus'
    ? openHocuspocusClient(config, docName, doc, events)
    : openYWebsocketClient(config, docName, doc, events);
}

function openYWebsocketClient(config: ClientOptions, docName: string, doc: Y.Doc, events: ClientEvents): BenchClient {
  const params: Record<string, string> = {};
  if (config.token) params.token = config.token;
  if (config.trackSaves) params[SAVED_NOTICE_PARAM] = '1';
  const provider = new WebsocketProvider(config.serverUrl, docName, doc, {
    params,
    // ws implements the WHATWG WebSocket surface the provider uses; its types differ in detail.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // All clients share one process: a BroadcastChannel would carry edits around the server.
    disableBc: true,
  });
  if (config.trackSaves) {
    provider.messageHandlers[SAVED_MESSAGE_TYPE] = (_encoder, decoder) => events.onSaved(decoder);
  }
  const synced = new Promise<void>((resolve) => {
    const onSync = (isSynced: boolean): void => {
      if (!isSynced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
  provider.on('connection-close', (event) => events.onDisconnect(describeClose(event)));
  provider.on('connection-error', () => events.onDisconnect('connection error'));
  return {
    synced,
    destroy: () => {
      provider.destroy();
      // The provider's Awareness keeps a timer until its doc is destroyed.
      doc.destroy();
    },
  };
}

function openHocuspocusClient(config: ClientOptions, docName: string, doc: Y.Doc, events: ClientEvents): BenchClient {
  // One socket per client, as with y-websocket, so both measure per-connection cost alike.
  const socket = new HocuspocusProviderWebsocket({ url: config.serverUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: docName,
    document: doc,
    token: config.token ?? null,
  });
  // A provider given its own websocketProvider is not attached automatically (v3).
  provider.attach();
  const synced = new Promise<void>((resolve) => {
    provider.on('synced', ({ state }: { state: boolean }) => {
      if (state) resolve();
    });
  });
  provider.on('disconnect', ({ event }: { event: CloseDetail }) => events.onDisconnect(describeClose(event)));
  return {
    synced,
    destroy: () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
