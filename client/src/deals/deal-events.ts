// Live deal events over Socket.IO: the list's "added / removed", and a deal room's own events
// (joined on subscribe, re-joined after a reconnect). Each subscription returns one cleanup.
import type { CommentCreated, CommentUpdated } from '../../../shared/schemas/comments.ts';
import type { ActivityView } from '../../../shared/schemas/activity.ts';
import type { DealView, DocFull, SignoffsWithdrawn, SignoffView, VersionRestored, VersionSummary } from '../../../shared/schemas/deals.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { connectListener, listen } from '../lib/socket-listen.ts';

export interface DealListHandlers {
  added(deal: DealView): void;
  removed(dealId: string): void;
  /** The socket came back after a drop; events may have been missed meanwhile. */
  reconnected(): void;
}

export function subscribeToDealList(socket: RealtimeSocket, handlers: DealListHandlers): () => void {
  return listen(socket, {
    'deal:added': (deal) => handlers.added(deal),
    'deal:removed': ({ dealId }) => handlers.removed(dealId),
    connect: connectListener(socket, (afterDrop) => afterDrop && handlers.reconnected()),
  });
}

export interface DealRoomHandlers {
  updated(deal: DealView): void;
  removed(): void;
  /** The deal's NDA changed: I may now have to accept it (or no longer). */
  ndaChanged(): void;
  signed(signoff: SignoffView): void;
  signoffsWithdrawn(payload: SignoffsWithdrawn): void;
  versionCreated(version: VersionSummary): void;
  versionRestored(payload: VersionRestored): void;
  activity(entry: ActivityView): void;
  docFull(payload: DocFull): void;
  commentCreated(payload: CommentCreated): void;
  commentUpdated(payload: CommentUpdated): void;
  /** (Re)joined the room: whatever was pushed while away must be read again. */
  joined(): void;
  /** The server refused the join (no longer a member, or the deal is gone). */
  refused(): void;
}

/** Listeners that pass on only this deal's events; returns the cleanup that removes them. */
function listenToRoom(socket: RealtimeSocket, dealId: string, handlers: DealRoomHandlers): () => void {
  const mine = (id: string) => id === dealId;
  return listen(socket, {
    'deal:updated': (deal) => mine(deal.id) && handlers.updated(deal),
    'deal:removed': ({ dealId: id }) => mine(id) && handlers.removed(),
    'deal:nda-changed': ({ dealId: id }) => mine(id) && handlers.ndaChanged(),
    'deal:term-signed': (signoff) => mine(signoff.dealId) && handlers.signed(signoff),
    'deal:signoffs-withdrawn': (payload) => mine(payload.dealId) && handlers.signoffsWithdrawn(payload),
    'deal:version-created': (version) => mine(version.dealId) && handlers.versionCreated(version),
    'deal:version-restored': (payload) => mine(payload.dealId) && handlers.versionRestored(payload),
    'deal:activity-recorded': ({ dealId: id, entry }) => mine(id) && handlers.activity(entry),
    'deal:doc-limit-crossed': (payload) => mine(payload.dealId) && handlers.docFull(payload),
    'comment:created': (payload) => mine(payload.dealId) && handlers.commentCreated(payload),
    'comment:updated': (payload) => mine(payload.dealId) && handlers.commentUpdated(payload),
  });
}

/** Joins the deal's room and follows its events until the returned cleanup leaves it. */
export function joinDealRoom(socket: RealtimeSocket, dealId: string, handlers: DealRoomHandlers): () => void {
  let left = false;
  const join = () => {
    socket.emit('deal:join', { dealId }, (result) => {
      if (left) return;
      if ('data' in result) handlers.joined();
      else handlers.refused();
    });
  };
  const stopListening = listenToRoom(socket, dealId, handlers);
  // The server forgets a socket's rooms when it drops, so every (re)connection joins again.
  const stopJoining = listen(socket, { connect: join });
  if (socket.connected) join();
  return () => {
    left = true;
    stopListening();
    stopJoining();
    if (socket.connected) socket.emit('deal:leave', { dealId });
  };
}
