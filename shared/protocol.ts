// The one protocol module shared by client and server: Socket.IO events, ack results,
// error and close codes, and the extra collaboration message type.

export const PROTOCOL_VERSION = 1;

/** Error codes a client may see, in REST bodies (`{error}`) and Socket.IO acks. */
export const ErrorCode = {
  BadRequest: 'bad_request',
  Unauthenticated: 'unauthenticated',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  Conflict: 'conflict',
  EmailTaken: 'email_taken',
  WeakPassword: 'weak_password',
  InvalidCredentials: 'invalid_credentials',
  CsrfFailed: 'csrf_failed',
  RateLimited: 'rate_limited',
  PayloadTooLarge: 'payload_too_large',
  Internal: 'internal',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Body of every REST error response and of a failed Socket.IO ack. */
export interface ErrorBody {
  error: ErrorCode;
  message: string;
  details?: unknown;
}

/** Socket.IO acknowledgement: data on success, an error otherwise. */
export type Result<T> = { data: T } | ErrorBody;

/** WebSocket close codes the collaboration endpoint uses (4000–4999 are application codes). */
export const CollabCloseCode = {
  /** ws's own code when a frame exceeds the size limit. */
  TooLarge: 1009,
  Malformed: 4400,
  AccessRevoked: 4403,
  ServerShutdown: 1001,
} as const;
export type CollabCloseCode = (typeof CollabCloseCode)[keyof typeof CollabCloseCode];

/** y-websocket message types (the stock protocol) plus our "saved" notice. */
export const CollabMessage = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  /**
   * Server → client: the state vector of everything durably stored for this document.
   * Sent only to connections that opted in with `?saved=1`, so stock providers never see it.
   */
  Saved: 100,
} as const;

/** Query parameter a client adds to the collaboration URL to receive Saved messages. */
export const SAVED_NOTICE_PARAM = 'saved';

/** Header carrying the CSRF token on state-changing cookie-authenticated requests. */
export const CSRF_HEADER = 'x-csrf-token';
/** Name of the httpOnly session cookie. */
export const SESSION_COOKIE = 'sc_session';

export type DocAccess = 'none' | 'read' | 'write';

export interface PublicUser {
  id: string;
  email: string;
  name: string;
}

/** What `GET /api/auth/me` returns. */
export interface SessionInfo {
  user: PublicUser;
  csrfToken: string;
}

/** What register and login return: the session plus a bearer token for API clients. */
export interface SessionResponse extends SessionInfo {
  token: string;
}

/** A note (personal scratch document) as listed for a user. */
export interface NoteSummary {
  id: string;
  docName: string;
  title: string;
  owner: PublicUser;
  access: Exclude<DocAccess, 'none'>;
  shares: NoteShare[];
  createdAt: string;
}

export interface NoteShare {
  email: string;
  access: Exclude<DocAccess, 'none'>;
}

export interface ServerToClientEvents {
  /** A note was shared with this user (or their access changed). */
  'note:shared': (note: NoteSummary) => void;
  /** This user's access to a note was withdrawn. */
  'note:unshared': (payload: { id: string }) => void;
}

export interface ClientToServerEvents {
  /** Who the server thinks this socket is; proves the handshake authenticated it. */
  'session:whoami': (ack: (result: Result<PublicUser>) => void) => void;
}

export interface SocketData {
  user: PublicUser;
}
