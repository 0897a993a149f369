// The one protocol module shared by client and server: Socket.IO events, ack results,
// error and close codes, the extra collaboration message type, and the protocol version.
import type { PublicUser } from './schemas/auth.ts';
import type { ChecklistChanged } from './schemas/checklist.ts';
import type { QuestionPushed } from './schemas/qa.ts';
import type { CommentCreated, CommentUpdated } from './schemas/comments.ts';
import type { FilesChanged } from './schemas/dataroom.ts';
import type { DashboardDealEvent, DashboardMatchCountsEvent } from './schemas/dashboard.ts';
import type { ActivityView } from './schemas/activity.ts';
import type { DealView, DocFull, SignoffsWithdrawn, SignoffView, VersionRestored, VersionSummary } from './schemas/deals.ts';
import type { MatchView } from './schemas/matches.ts';
import type { MeetingView } from './schemas/meetings.ts';
import type { NdaChanged } from './schemas/nda.ts';
import type { NoteSummary } from './schemas/notes.ts';
import type { NotificationPushed, UnreadCount } from './schemas/notifications.ts';
import type { OrgView } from './schemas/orgs.ts';
import type { DealProgressEvent, StageProposalEvent } from './schemas/pipeline.ts';

/**
 * The version of these messages our client speaks. It sends it as `auth.protocol` in the Socket.IO
 * handshake and as `?v=` on the collaboration URL; a client naming another version is refused and
 * told to reload. Outside clients that send none are served as before.
 */
export const PROTOCOL_VERSION = 1;

/** Query parameter carrying the client's protocol version on the collaboration URL. */
export const PROTOCOL_VERSION_PARAM = 'v';

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
  /** A signed-in request (password change) gave the wrong current password. */
  WrongPassword: 'wrong_password',
  CsrfFailed: 'csrf_failed',
  RateLimited: 'rate_limited',
  /** The organisation expressed interest as often as its weekly limit allows; `details.freesAt` says when the next is possible. */
  OutreachLimited: 'outreach_limited',
  /** A listing whose title and description say too little to be matched; `details` has `found` and `needed`. */
  ListingTooThin: 'listing_too_thin',
  /** The organisation published as many listings as its daily limit allows; `details.freesAt` says when the next is possible. */
  ListingLimit: 'listing_limit',
  /** The organisation is suspended by an instance admin: its members cannot publish. */
  OrgSuspended: 'org_suspended',
  PayloadTooLarge: 'payload_too_large',
  /** A data-room file the caller may view but not download (its folder is view only for them). */
  ViewOnly: 'view_only',
  /** An upload whose content is not what its name says, or of a type the data room refuses (executables). */
  UnsupportedMediaType: 'unsupported_media_type',
  Internal: 'internal',
  /** The client speaks another protocol version (the `data.code` of the Socket.IO connect_error): reload. */
  ProtocolMismatch: 'protocol_mismatch',
  /** A deal member has not accepted the deal's current NDA: the client shows the NDA screen. */
  NdaRequired: 'nda_required',
  /** A link from an e-mail (invitation, unsubscribe) that is forged, used, revoked or expired: all read alike. */
  LinkInvalid: 'link_invalid',
  /** A password-reset link that names no reset (forged, mistyped). */
  ResetLinkInvalid: 'reset_link_invalid',
  /** A password-reset link past its hour, or replaced by a newer one: ask for a new link. */
  ResetLinkExpired: 'reset_link_expired',
  /** A password-reset link that already set a password. */
  ResetLinkUsed: 'reset_link_used',
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
  /** The session that opened the socket ended (logout, expiry, password change, sign-out everywhere): sign in again. */
  SessionEnded: 4401,
  ServerShutdown: 1001,
  /** The client speaks another protocol version ("upgrade required"): reload the page, do not retry. */
  UpgradeRequired: 4426,
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

export interface ServerToClientEvents {
  /** A note was shared with this user (or their access changed). */
  'note:shared': (note: NoteSummary) => void;
  /** This user's access to a note was withdrawn. */
  'note:unshared': (payload: { id: string }) => void;
  /** A new match for one of this user's organisations' listings, as this user sees it. */
  'match:suggested': (match: MatchView) => void;
  /** A match this user's organisation is part of changed state (interest, decline, snooze, introduction). */
  'match:updated': (match: MatchView) => void;
  /** A match left this user's inbox because one of its listings was withdrawn or expired. */
  'match:removed': (payload: { matchId: string }) => void;
  /** This user was added to an organisation (or their role changed). */
  'org:joined': (org: OrgView) => void;
  /** This user was removed from an organisation. */
  'org:left': (payload: { orgId: string }) => void;
  /** This user was added to a deal, or their role in it changed. */
  'deal:added': (deal: DealView) => void;
  /** This user was removed from a deal: its room and documents are closed to them. */
  'deal:removed': (payload: { dealId: string }) => void;
  /** The deal's NDA changed (to this member's own room): reload it; `pending` means show the NDA screen. */
  'deal:nda-changed': (payload: NdaChanged) => void;
  /** Deal room: title, stage or membership changed. */
  'deal:updated': (deal: DealView) => void;
  /** Deal room: a party signed a term off for its organisation. */
  'deal:term-signed': (signoff: SignoffView) => void;
  /** Deal room: sign-offs of a term were withdrawn (wording or status changed, term removed, unsigned). */
  'deal:signoffs-withdrawn': (payload: SignoffsWithdrawn) => void;
  /** Deal room: a named or automatic version of the dossier or board was saved. */
  'deal:version-created': (version: VersionSummary) => void;
  /** Deal room: a version was restored (the content itself arrives over the collaboration socket). */
  'deal:version-restored': (payload: VersionRestored) => void;
  /** Deal room: a new entry in the deal's activity trail. */
  'deal:activity-recorded': (payload: { dealId: string; entry: ActivityView }) => void;
  /** Deal room: a document passed (or came back under) the size limit; while full it is read-only. */
  'deal:doc-limit-crossed': (payload: DocFull) => void;
  /** Deal room: a stage move was proposed, or the pending proposal was decided (`proposal: null`). */
  'deal:stage-proposal-updated': (payload: StageProposalEvent) => void;
  /** Deal room: progress figures derived from the board and dossier changed. */
  'deal:progress-updated': (payload: DealProgressEvent) => void;
  /** Deal room: a data-room folder or file was added, changed or removed; refetch `GET /api/deals/:id/files`. */
  'deal:files-changed': (payload: FilesChanged) => void;
  /** Deal room: the request list changed (items, sections, statuses); refetch `GET /api/deals/:id/checklist`. */
  'deal:checklist-changed': (payload: ChecklistChanged) => void;
  /** Dashboard (after `dashboard:watch`): a deal's row changed or appeared. */
  'dashboard:deal-updated': (payload: DashboardDealEvent) => void;
  /** Dashboard (after `dashboard:watch`): matches or introductions involving the watched deals' organisations changed. */
  'dashboard:match-counts-updated': (payload: DashboardMatchCountsEvent) => void;
  /** Dashboard: this viewer may no longer see the deal. */
  'dashboard:deal-removed': (payload: { dealId: string }) => void;
  /** Deal room: a new comment thread or reply. */
  'comment:created': (payload: CommentCreated) => void;
  /** Deal room: a thread was resolved or reopened, or a comment edited. */
  'comment:updated': (payload: CommentUpdated) => void;
  /** Q&A (to this member's own room): a question changed, as this member may see it (never the other side's draft or notes). */
  'qa:question-updated': (payload: QuestionPushed) => void;
  /** For this user's attention (a match, an invitation, a mention…), with their unread count after it; every tab gets it. */
  'notification:created': (payload: NotificationPushed) => void;
  /** This user's unread count changed because they read notifications (maybe in another tab). */
  'notification:unread-updated': (payload: UnreadCount) => void;
  /** A meeting this user is invited to was proposed, accepted, rescheduled or cancelled, as this user sees it. */
  'meeting:updated': (meeting: MeetingView) => void;
}

export interface ClientToServerEvents {
  /** Who the server thinks this socket is; proves the handshake authenticated it. */
  'session:whoami': (ack: (result: Result<PublicUser>) => void) => void;
  /** Joins a deal's room (members only) to receive its live events; acks with the deal. */
  'deal:join': (payload: { dealId: string }, ack: (result: Result<DealView>) => void) => void;
  /** Leaves a deal's room. */
  'deal:leave': (payload: { dealId: string }, ack?: (result: Result<{ dealId: string }>) => void) => void;
  /** Receive live dashboard rows: the deals this user manages, and every deal for an admin. */
  'dashboard:watch': (ack?: (result: Result<{ scope: 'admin' | 'manager' }>) => void) => void;
  /** Stop receiving dashboard rows. */
  'dashboard:unwatch': () => void;
}
