// Clients held open across a session's end: a raw collaboration writer that can still send a frame
// after the server cut it, Socket.IO sockets that record why they were disconnected, and extra
// sessions of one person.
import * as encoding from 'lib0/encoding';
import { io, type Socket } from 'socket.io-client';
import * as syncProtocol from 'y-protocols/sync';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CollabMessage, type ClientToServerEvents, type ServerToClientEvents } from '../../shared/protocol.ts';
import { postJson, type TestUser } from '../helpers/api.ts';
import { cookiePair } from './auth-client.ts';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A second (third…) session of the same person: logs in again and returns it as a TestUser. */
export async function anotherSession(baseUrl: string, user: TestUser): Promise<TestUser> {
  const response = await postJson(`${baseUrl}/api/auth/login`, { email: user.user.email, password: user.password });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as Pick<TestUser, 'token' | 'csrfToken' | 'user'>;
  return { ...body, password: user.password, cookie: cookiePair(response) };
}

export interface TrackedSocket {
  socket: AppSocket;
  /** The disconnect reason once disconnected ('io server disconnect' when the server cut it). */
  disconnectedWith: string | null;
}

export async function openSocket(baseUrl: string, token: string): Promise<TrackedSocket> {
  const socket: AppSocket = io(baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false });
  const tracked: TrackedSocket = { socket, disconnectedWith: null };
  socket.on('disconnect', (reason) => {
    tracked.disconnectedWith = reason;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return tracked;
}

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessage.Sync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsUpdate);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * A bare collaboration socket that writes text as its own Yjs client and keeps sending whatever
 * the server says, the way a client that has not yet seen the close frame would.
 */
export class RawWriter {
  private readonly doc = new Y.Doc();
  closeCode: number | null = null;
  readonly closed: Promise<number>;

  private constructor(private readonly ws: WebSocket) {
    this.closed = new Promise((resolve) =>
      ws.once('close', (code: number) => {
        this.closeCode = code;
        resolve(code);
      }),
    );
  }

  /** Resolves once open, or with the refused upgrade's HTTP status. */
  static open(wsUrl: string, docName: string, token: string): Promise<RawWriter | number> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${wsUrl}/collab/${encodeURIComponent(docName)}?token=${encodeURIComponent(token)}`);
      ws.once('open', () => resolve(new RawWriter(ws)));
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('error', reject);
    });
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Appends text and sends the update frame at once, whatever the socket's state. */
  write(text: string): void {
    const before = Y.encodeStateVector(this.doc);
    const content = this.doc.getText('content');
    content.insert(content.length, text);
    this.ws.send(updateFrame(Y.encodeStateAsUpdate(this.doc, before)));
  }

  /**
   * Stops reading what the server sends: a close frame it sends meanwhile goes unseen, so this
   * writer can still send as a client would whose close frame is still on the wire.
   */
  stopReading(): void {
    this.ws.pause();
  }

  resumeReading(): void {
    this.ws.resume();
  }

  close(): void {
    this.ws.close();
  }
}
