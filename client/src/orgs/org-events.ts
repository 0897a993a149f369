// Live organisation membership changes pushed over Socket.IO; one subscription, one cleanup.
import type { OrgView } from '../../../shared/protocol.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';

export interface OrgEventHandlers {
  joined(org: OrgView): void;
  left(orgId: string): void;
  /** The socket came back after a drop; events may have been missed meanwhile. */
  reconnected(): void;
}

export function subscribeToOrgEvents(socket: RealtimeSocket, handlers: OrgEventHandlers): () => void {
  const onJoined = (org: OrgView) => handlers.joined(org);
  const onLeft = ({ orgId }: { orgId: string }) => handlers.left(orgId);
  let connectedBefore = socket.connected;
  const onConnect = () => {
    if (connectedBefore) handlers.reconnected();
    connectedBefore = true;
  };
  socket.on('org:joined', onJoined);
  socket.on('org:left', onLeft);
  socket.on('connect', onConnect);
  return () => {
    socket.off('org:joined', onJoined);
    socket.off('org:left', onLeft);
    socket.off('connect', onConnect);
  };
}
