// Live deal events over Socket.IO: the list's "added / removed", and a deal room's own events
// (joined on subscribe, re-joined after a reconnect). Each subscription returns one cleanup.
import type {
  CommentCreated,
  CommentUpdated,
  DealView,
  SignoffsWithdrawn,
  SignoffView,
  VersionSummary,
} from '../../../shared/protocol.ts';
import type { ActivityView, DocFull, VersionRestored } from '../../../shared/schemas/deals.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';

export interface DealListHandlers {
  added(deal: DealView): void;
  removed(dealId: string): void;
  /** The socket came back after a drop; events may have been missed meanwhile. */
  reconnected(): void;
}

export function subscribeToDealList(socket: RealtimeSocket, handlers: DealListHandlers): () => void {
  const onAdded = (deal: DealView) => handlers.added(deal);
  const onRemoved = ({ dealId }: { dealId: string }) => handlers.removed(dealId);
  let connectedBefore = socket.connected;
  const onConnect = () => {
    if (connectedBefore) handlers.reconnected();
    connectedBefore = true;
  };
  socket.on('deal:added', onAdded);
  socket.on('deal:removed', onRemoved);
  socket.on('connect', onConnect);
  return () => {
    socket.off('deal:added', onAdded);
    socket.off('deal:removed', onRemoved);
    socket.off('connect', onConnect);
  };
}

export interface DealRoomHandlers {
  updated(deal: DealView): void;
  removed(): void;
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
  const onUpdated = (deal: DealView) => mine(deal.id) && handlers.updated(deal);
  const onRemoved = ({ dealId: id }: { dealId: string }) => mine(id) && handlers.removed();
  const onSigned = (signoff: SignoffView) => mine(signoff.dealId) && handlers.signed(signoff);
  const onWithdrawn = (payload: SignoffsWithdrawn) => mine(payload.dealId) && handlers.signoffsWithdrawn(payload);
  const onVersion = (version: VersionSummary) => mine(version.dealId) && handlers.versionCreated(version);
  const onRestored = (payload: VersionRestored) => mine(payload.dealId) && handlers.versionRestored(payload);
  const onActivity = ({ dealId: id, entry }: { dealId: string; entry: ActivityView }) => mine(id) && handlers.activity(entry);
  const onDocFull = (payload: DocFull) => mine(payload.dealId) && handlers.docFull(payload);
  const onCommentCreated = (payload: CommentCreated) => mine(payload.dealId) && handlers.commentCreated(payload);
  const onCommentUpdated = (payload: CommentUpdated) => mine(payload.dealId) && handlers.commentUpdated(payload);
  socket.on('deal:updated', onUpdated);
  socket.on('deal:removed', onRemoved);
  socket.on('deal:term-signed', onSigned);
  socket.on('deal:signoffs-withdrawn', onWithdrawn);
  socket.on('deal:version-created', onVersion);
  socket.on('deal:version-restored', onRestored);
  socket.on('deal:activity', onActivity);
  socket.on('deal:doc-full', onDocFull);
  socket.on('comment:created', onCommentCreated);
  socket.on('comment:updated', onCommentUpdated);
  return () => {
    socket.off('deal:updated', onUpdated);
    socket.off('deal:removed', onRemoved);
    socket.off('deal:term-signed', onSigned);
    socket.off('deal:signoffs-withdrawn', onWithdrawn);
    socket.off('deal:version-created', onVersion);
    socket.off('deal:version-restored', onRestored);
    socket.off('deal:activity', onActivity);
    socket.off('deal:doc-full', onDocFull);
    socket.off('comment:created', onCommentCreated);
    socket.off('comment:updated', onCommentUpdated);
  };
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
  socket.on('connect', join);
  if (socket.connected) join();
  return () => {
    left = true;
    stopListening();
    socket.off('connect', join);
    if (socket.connected) socket.emit('deal:leave', { dealId });
  };
}
