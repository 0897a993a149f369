// The collaboration endpoint `/collab/<docName>`: authenticates the HTTP upgrade, checks
// access, then hands the socket to a CollabConnection on the shared document; cuts it when its
// access or the session that opened it ends.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DocAccess } from '../../shared/doc-names.ts';
import { CollabCloseCode, PROTOCOL_VERSION_PARAM, SAVED_NOTICE_PARAM } from '../../shared/protocol.ts';
import { endsSession, ExpirySchedule, type AuthContext, type Authenticator, type SessionEnd, type SessionHolder } from '../auth/index.ts';
import { CLIENT_WARNING_WINDOW_MS, WarnThrottle } from '../log-throttle.ts';
import type { Logger } from '../logger.ts';
import { speaksOurProtocol } from '../protocol-version.ts';
import type { DocAccessPolicy } from './access.ts';
import type { ClusterEvent, DocCluster } from './cluster.ts';
import { CollabConnection, type ConnectionOptions } from './connection.ts';
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
  /** The session that authenticated it: when that session ends, so does this connection. */
  session: SessionHolder;
}

/** An upgrade past authentication but not yet handed over; a session ending meanwhile marks it. */
interface PendingAdmission {
  session: SessionHolder;
  ended: boolean;
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
  private readonly pending = new Set<PendingAdmission>();
  /** Connections per user, counted from the moment an upgrade passes authentication. */
  private readonly perUser = new Map<string, number>();
  private readonly keepalive: NodeJS.Timeout;
  /** Warnings any client can cause (socket errors, malformed frames), at most two lines per kind per window. */
  private readonly clientWarnings: WarnThrottle;
  private closing = false;
  /** One options object shared by every connection. */
  private readonly connectionOptions: ConnectionOptions;
  /** Cuts each connection when its session expires; one timer for all of them. */
  private readonly expiries = new ExpirySchedule<OpenConnection>((entry) => entry.connection.close(CollabCloseCode.SessionEnded, 'session expired'));

  constructor(private readonly deps: CollabServerDeps) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: deps.maxFrameBytes });
    this.clientWarnings = new WarnThrottle(deps.logger, { windowMs: CLIENT_WARNING_WINDOW_MS });
    this.connectionOptions = { maxBufferedBytes: deps.maxBufferedBytes, warnings: this.clientWarnings };
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
    await Promise.all([this.deps.cluster?.announce({ type: 'access-changed', doc: docName }), this.refreshLocalAccess((name) => name === docName)]);
  }

  /**
   * Cuts the connections of ended sessions (closed with SessionEnded) here and on every instance;
   * resolves once the other instances were sent it. Call it after the store refuses those sessions.
   */
  async endSessions(end: SessionEnd): Promise<void> {
    this.endLocalSessions(end);
    await this.deps.cluster?.announce({ type: 'sessions-ended', end });
  }

  private endLocalSessions(end: SessionEnd): void {
    for (const admission of this.pending) if (endsSession(end, admission.session)) admission.ended = true;
    for (const entry of this.connections) {
      if (endsSession(end, entry.session)) entry.connection.close(CollabCloseCode.SessionEnded, 'session ended');
    }
  }

  private async refreshLocalAccess(matches: (docName: string) => boolean): Promise<void> {
    for (const entry of this.connections) {
      if (!matches(entry.docName)) continue;
      const access = await this.deps.access.resolve(entry.connection.user, entry.docName);
      if (access === 'none') entry.connection.close(CollabCloseCode.AccessRevoked, 'access revoked');
      else entry.connection.access = access;
    }
  }

  /** Cuts the connections whose session is gone (ended while this instance could not hear of it). */
  private async recheckSessions(): Promise<void> {
    const sessionIds = new Set([...this.connections].map((entry) => entry.session.sessionId));
    for (const sessionId of sessionIds) {
      if (!(await this.deps.authenticator.isSessionLive(sessionId))) this.endLocalSessions({ kind: 'session', sessionId });
    }
  }

  // After an outage of the link between instances, revocations and ended sessions may have been missed: re-check all.
  private onClusterEvent(event: ClusterEvent): void {
    switch (event.type) {
      case 'flag-changed':
        return;
      case 'sessions-ended':
        return this.endLocalSessions(event.end);
      case 'access-changed':
        return this.logFailure(this.refreshLocalAccess((name) => name === event.doc));
      case 'reconnected':
        return this.logFailure(Promise.all([this.refreshLocalAccess(() => true), this.recheckSessions()]));
    }
  }

  private logFailure(work: Promise<unknown>): void {
    work.catch((error: unknown) => {
      this.deps.logger.error({ err: error }, 're-checking connections after a cluster event failed');
    });
  }

  /** Closes every connection, telling clients the server is going away. */
  close(): void {
    this.closing = true;
    clearInterval(this.keepalive);
    this.expiries.stop();
    for (const { ws } of this.connections) ws.close(CollabCloseCode.ServerShutdown, 'server shutting down');
    this.wss.close();
    this.clientWarnings.close();
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL): Promise<void> {
    if (this.closing) return refuse(socket, 503, 'Service Unavailable');
    const docName = decodedDocName(url);
    if (docName === null) return refuse(socket, 400, 'Bad Request');
    if (!speaksOurProtocol(url.searchParams.get(PROTOCOL_VERSION_PARAM))) return this.refuseOtherProtocol(req, socket, head);
    const queryToken = url.searchParams.get('token');
    const auth = await this.deps.authenticator.authenticateRequest(
      req.headers,
      queryToken ? { token: queryToken, source: 'query' } : undefined,
    );
    if (!auth) return refuse(socket, 401, 'Unauthorized');
    // The slot is taken before the awaits below, so concurrent upgrades cannot all pass the check.
    if (!this.takeSlot(auth.user.id)) return refuse(socket, 429, 'Too Many Requests');
    const admission: PendingAdmission = { session: { sessionId: auth.sessionId, userId: auth.user.id }, ended: false };
    this.pending.add(admission);
    let accepted = false;
    try {
      accepted = await this.admit(req, socket, head, url, docName, auth, admission);
    } finally {
      this.pending.delete(admission);
      if (!accepted) this.releaseSlot(auth.user.id);
    }
  }

  /** Checks access and hands the socket over; false when it was refused or went away meanwhile. */
  private async admit(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL, docName: string, auth: AuthContext, admission: PendingAdmission): Promise<boolean> {
    // A session ending after authentication read it but before `admission` was registered is not
    // marked on it; it is already gone from the store, so this second look catches it.
    const [access, live] = await Promise.all([this.deps.access.resolve(auth.user, docName), this.deps.authenticator.isSessionLive(auth.sessionId)]);
    if (!live) {
      refuse(socket, 401, 'Unauthorized');
      return false;
    }
    if (access === 'none') {
      refuse(socket, 403, 'Forbidden');
      return false;
    }
    const shared = await this.deps.registry.acquire(docName);
    if (socket.destroyed || admission.ended) {
      this.deps.registry.release(docName);
      if (!socket.destroyed) refuse(socket, 401, 'Unauthorized');
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

  /**
   * A browser sees no HTTP status of a refused upgrade, only a close code, so a client of another
   * protocol version is let in and closed at once with UpgradeRequired, before authentication:
   * a stale page is told to reload whatever its session, and is given nothing of the document.
   */
  private refuseOtherProtocol(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      // A frame it still sends before the close completes may be malformed; that is its problem, not the process's.
      ws.on('error', (error) => this.clientWarnings.warn('socket-error', { err: error }, 'collaboration socket error'));
      ws.close(CollabCloseCode.UpgradeRequired, 'other protocol version: reload');
    });
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
    const connection = new CollabConnection(ws, auth.user, access, shared, wantsSavedNotices, this.connectionOptions);
    // The handlers below name the session, not `auth`: a closure over `auth` would keep its token,
    // CSRF token and expiry alive for as long as the socket is open (memory per open document).
    const session = { sessionId: auth.sessionId, userId: auth.user.id };
    const entry: OpenConnection = { connection, docName, ws, answeredPing: true, session };
    this.connections.add(entry);
    ws.on('pong', () => {
      entry.answeredPing = true;
    });
    ws.on('error', (error) => this.clientWarnings.warn('socket-error', { err: error, doc: docName, user: session.userId }, 'collaboration socket error'));
    ws.once('close', () => {
      this.expiries.delete(entry);
      this.connections.delete(entry);
      this.releaseSlot(session.userId);
      connection.leave();
      this.deps.registry.release(docName);
    });
    connection.start();
    this.expiries.add(entry, auth.sessionExpiresAt);
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
