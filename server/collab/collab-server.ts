// The collaboration endpoint `/collab/<docName>`: authenticates the HTTP upgrade, checks
// access, then hands the socket to a CollabConnection on the shared document.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CollabCloseCode, SAVED_NOTICE_PARAM, type DocAccess } from '../../shared/protocol.ts';
import type { AuthContext, Authenticator } from '../auth/index.ts';
import type { Logger } from '../logger.ts';
import type { DocAccessPolicy } from './access.ts';
import type { ClusterEvent, DocCluster } from './cluster.ts';
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
  /** Simultaneous connections one user may hold; 0 = no limit. */
  maxConnectionsPerUser: number;
  /** Other instances (scale-out): access changes are announced to them and theirs applied here. */
  cluster?: DocCluster;
}

interface OpenConnection {
  connection: CollabConnection;
  docName: string;
  ws: WebSocket;
  /** Cleared at each keepalive ping, set again by the pong; still clear at the next ping = dead. */
  answeredPing: boolean;
}

function refuse(socket: Duplex, status: 400 | 401 | 403 | 404 | 429 | 503, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** The document name from the upgrade path, or null when its percent-encoding is broken. */
function decodedDocName(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname.slice(COLLAB_PATH.length));
  } catch {
    // A malformed %-sequence (URIError) names no document; it is a bad request, not a server fault.
    return null;
  }
}

export class CollabServer {
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<OpenConnection>();
  /** Connections per user, counted from the moment an upgrade passes authentication. */
  private readonly perUser = new Map<string, number>();
  private readonly keepalive: NodeJS.Timeout;
  private closing = false;

  constructor(private readonly deps: CollabServerDeps) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: deps.maxFrameBytes });
    this.keepalive = setInterval(() => this.pingAll(), KEEPALIVE_MS);
    deps.cluster?.onEvent((event) => this.onClusterEvent(event));
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

  /** Re-checks every open connection to a document, e.g. after its sharing changed, on every instance. */
  async refreshAccess(docName: string): Promise<void> {
    this.deps.cluster?.announce({ type: 'access-changed', doc: docName });
    await this.refreshLocalAccess((name) => name === docName);
  }

  private async refreshLocalAccess(matches: (docName: string) => boolean): Promise<void> {
    for (const entry of this.connections) {
      if (!matches(entry.docName)) continue;
      const access = await this.deps.access.resolve(entry.connection.user, entry.docName);
      if (access === 'none') entry.connection.close(CollabCloseCode.AccessRevoked, 'access revoked');
      else entry.connection.access = access;
    }
  }

  // After an outage of the link between instances, revocations may have been missed: re-check all.
  private onClusterEvent(event: ClusterEvent): void {
    if (event.type === 'flag-changed') return;
    const matches = event.type === 'reconnected' ? () => true : (name: string) => name === event.doc;
    this.refreshLocalAccess(matches).catch((error: unknown) => {
      this.deps.logger.error({ err: error }, 'refreshing access after a cluster event failed');
    });
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
    const docName = decodedDocName(url);
    if (docName === null) return refuse(socket, 400, 'Bad Request');
    const queryToken = url.searchParams.get('token');
    const auth = await this.deps.authenticator.authenticateRequest(
      req.headers,
      queryToken ? { token: queryToken, source: 'query' } : undefined,
    );
    if (!auth) return refuse(socket, 401, 'Unauthorized');
    // The slot is taken before the awaits below, so concurrent upgrades cannot all pass the check.
    if (!this.takeSlot(auth.user.id)) return refuse(socket, 429, 'Too Many Requests');
    let accepted = false;
    try {
      accepted = await this.admit(req, socket, head, url, docName, auth);
    } finally {
      if (!accepted) this.releaseSlot(auth.user.id);
    }
  }

  /** Checks access and hands the socket over; false when it was refused or went away meanwhile. */
  private async admit(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL, docName: string, auth: AuthContext): Promise<boolean> {
    const access = await this.deps.access.resolve(auth.user, docName);
    if (access === 'none') {
      refuse(socket, 403, 'Forbidden');
      return false;
    }
    const shared = await this.deps.registry.acquire(docName);
    if (socket.destroyed) {
      this.deps.registry.release(docName);
      return false;
    }
    let handedOver = false;
    // ws completes a valid upgrade synchronously and never calls back for one it aborts (bad
    // handshake headers), so after this call the socket is either ours or gone.
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      handedOver = true;
      this.accept(ws, auth, access, docName, url.searchParams.get(SAVED_NOTICE_PARAM) === '1', shared);
    });
    if (!handedOver) this.deps.registry.release(docName);
    return handedOver;
  }

  private takeSlot(userId: string): boolean {
    const held = this.perUser.get(userId) ?? 0;
    if (this.deps.maxConnectionsPerUser > 0 && held >= this.deps.maxConnectionsPerUser) return false;
    this.perUser.set(userId, held + 1);
    return true;
  }

  private releaseSlot(userId: string): void {
    const held = (this.perUser.get(userId) ?? 1) - 1;
    if (held > 0) this.perUser.set(userId, held);
    else this.perUser.delete(userId);
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
      this.releaseSlot(auth.user.id);
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
