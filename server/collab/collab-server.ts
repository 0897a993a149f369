// The collaboration endpoint `/collab/<docName>`: authenticates the HTTP upgrade, checks
// access, then hands the socket to a CollabConnection on the shared document.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CollabCloseCode, SAVED_NOTICE_PARAM, type DocAccess } from '../../shared/protocol.ts';
import type { AuthContext, Authenticator } from '../auth/index.ts';
import type { Logger } from '../logger.ts';
import type { DocAccessPolicy } from './access.ts';
import { CollabConnection } from './connection.ts';
import type { DocRegistry } from './doc-registry.ts';
import type { SharedDoc } from './shared-doc.ts';

export const COLLAB_PATH = '/collab/';
const KEEPALIVE_MS = 30_000;

export interface CollabServerDeps {
  authenticator: Authenticator;
  access: DocAccessPolicy;
  registry: DocRegistry;
  logger: Logger;
  maxFrameBytes: number;
  maxBufferedBytes: number;
}

interface OpenConnection {
  connection: CollabConnection;
  docName: string;
  ws: WebSocket;
  /** Cleared at each keepalive ping, set again by the pong; still clear at the next ping = dead. */
  answeredPing: boolean;
}

function refuse(socket: Duplex, status: 401 | 403 | 404 | 503, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export class CollabServer {
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<OpenConnection>();
  private readonly keepalive: NodeJS.Timeout;
  private closing = false;

  constructor(private readonly deps: CollabServerDeps) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: deps.maxFrameBytes });
    this.keepalive = setInterval(() => this.pingAll(), KEEPALIVE_MS);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  attach(server: HttpServer): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(COLLAB_PATH)) return;
      this.upgrade(req, socket, head, url).catch((error: unknown) => {
        this.deps.logger.error({ err: error }, 'collaboration upgrade failed');
        refuse(socket, 503, 'Service Unavailable');
      });
    });
  }

  /** Re-checks every open connection to a document, e.g. after its sharing changed. */
  async refreshAccess(docName: string): Promise<void> {
    for (const entry of this.connections) {
      if (entry.docName !== docName) continue;
      const access = await this.deps.access.resolve(entry.connection.user, docName);
      if (access === 'none') entry.connection.close(CollabCloseCode.AccessRevoked, 'access revoked');
      else entry.connection.access = access;
    }
  }

  /** Closes every connection, telling clients the server is going away. */
  close(): void {
    this.closing = true;
    clearInterval(this.keepalive);
    for (const { ws } of this.connections) ws.close(CollabCloseCode.ServerShutdown, 'server shutting down');
    this.wss.close();
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL): Promise<void> {
    if (this.closing) return refuse(socket, 503, 'Service Unavailable');
    const docName = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length));
    const queryToken = url.searchParams.get('token');
    const auth = await this.deps.authenticator.authenticateRequest(
      req.headers,
      queryToken ? { token: queryToken, source: 'query' } : undefined,
    );
    if (!auth) return refuse(socket, 401, 'Unauthorized');
    const access = await this.deps.access.resolve(auth.user, docName);
    if (access === 'none') return refuse(socket, 403, 'Forbidden');
    const shared = await this.deps.registry.acquire(docName);
    if (socket.destroyed) {
      this.deps.registry.release(docName);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.accept(ws, auth, access, docName, url.searchParams.get(SAVED_NOTICE_PARAM) === '1', shared);
    });
  }

  private accept(
    ws: WebSocket,
    auth: AuthContext,
    access: Exclude<DocAccess, 'none'>,
    docName: string,
    wantsSavedNotices: boolean,
    shared: SharedDoc,
  ): void {
    const logger = this.deps.logger.child({ doc: docName, user: auth.user.id });
    const connection = new CollabConnection(ws, auth.user, access, shared, wantsSavedNotices, { maxBufferedBytes: this.deps.maxBufferedBytes }, logger);
    const entry: OpenConnection = { connection, docName, ws, answeredPing: true };
    this.connections.add(entry);
    ws.on('pong', () => {
      entry.answeredPing = true;
    });
    ws.on('error', (error) => logger.warn({ err: error }, 'collaboration socket error'));
    ws.once('close', () => {
      this.connections.delete(entry);
      connection.leave();
      this.deps.registry.release(docName);
    });
    connection.start();
  }

  private pingAll(): void {
    for (const entry of this.connections) {
      if (!entry.answeredPing) {
        entry.ws.terminate();
        continue;
      }
      entry.answeredPing = false;
      entry.ws.ping();
    }
  }
}
