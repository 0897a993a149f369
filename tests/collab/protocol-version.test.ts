// The protocol version on the collaboration URL (`?v=`): a client naming another version is closed
// with UpgradeRequired before anything else, and the app's client stops there; one naming ours, or
// a stock provider naming none (the public contract), is served as before.
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isFinalClose } from '../../client/src/collab/connection-state.ts';
import { CollabCloseCode, PROTOCOL_VERSION, PROTOCOL_VERSION_PARAM } from '../../shared/protocol.ts';
import { createNote, registerUser, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { quietFor, waitFor } from '../helpers/wait.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';

const OTHER_VERSION = String(PROTOCOL_VERSION + 1);

/** What a raw socket to this URL heard: how many frames, then the close code. */
function heardBeforeClose(url: string): Promise<{ frames: number; code: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    let frames = 0;
    ws.on('message', () => (frames += 1));
    ws.on('close', (code) => resolve({ frames, code }));
    ws.on('error', reject);
  });
}

describe('collaboration protocol version', () => {
  let server: TestServer;
  let owner: TestUser;
  let docName: string;
  const clients: CollabClient[] = [];
  const providers: WebsocketProvider[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    owner = await registerUser(server.url, 'Owner');
    docName = (await createNote(server.url, owner)).docName;
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const provider of providers.splice(0)) provider.destroy();
    await server.close();
  });

  it('closes a client of another version with 4426 and sends it nothing of the document, signed in or not', async () => {
    const url = `${server.wsUrl}/collab/${docName}`;
    expect(await heardBeforeClose(`${url}?token=${owner.token}&${PROTOCOL_VERSION_PARAM}=${OTHER_VERSION}`)).toEqual({ frames: 0, code: CollabCloseCode.UpgradeRequired });
    expect(await heardBeforeClose(`${url}?${PROTOCOL_VERSION_PARAM}=${OTHER_VERSION}`)).toEqual({ frames: 0, code: CollabCloseCode.UpgradeRequired });
  });

  it("stops the app's provider at the 4426 close instead of retrying", async () => {
    const closes: number[] = [];
    const provider = new WebsocketProvider(`${server.wsUrl}/collab`, docName, new Y.Doc(), {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token: owner.token, [PROTOCOL_VERSION_PARAM]: OTHER_VERSION },
      disableBc: true,
      maxBackoffTime: 50,
      shouldReconnect: (event) => !isFinalClose(event.code),
    });
    providers.push(provider);
    provider.on('connection-close', (event) => event && closes.push(event.code));
    await waitFor(() => closes.length > 0, 'the refusal');
    await quietFor(300, 'a retry would have been closed again');
    expect(closes).toEqual([CollabCloseCode.UpgradeRequired]);
    expect(provider.synced).toBe(false);
  });

  it('serves a client naming our version, and a stock provider naming none, as before', async () => {
    const stock = connectClient(server.wsUrl, docName, { token: owner.token });
    const current = new WebsocketProvider(`${server.wsUrl}/collab`, docName, new Y.Doc(), {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token: owner.token, [PROTOCOL_VERSION_PARAM]: String(PROTOCOL_VERSION) },
      disableBc: true,
    });
    clients.push(stock);
    providers.push(current);
    await Promise.all([stock.synced(), waitFor(() => current.synced, 'the current-version client to sync')]);
    stock.text.insert(0, 'Letter of intent, draft 2');
    await waitFor(() => current.doc.getText('content').toString() === 'Letter of intent, draft 2', 'the edit to reach the current-version client');
    expect(stock.closeEvents).toEqual([]);
  });
});
