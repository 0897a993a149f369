// Live organisation membership changes pushed over Socket.IO; one subscription, one cleanup.
import type { OrgView } from '../../../shared/schemas/orgs.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { connectListener, listen } from '../lib/socket-listen.ts';

export interface OrgEventHandlers {
  joined(org: OrgView): void;
  left(orgId: string): void;
  /** The socket came back after a drop; events may have been missed meanwhile. */
  reconnected(): void;
}

export function subscribeToOrgEvents(socket: RealtimeSocket, handlers: OrgEventHandlers): () => void {
  return listen(socket, {
    'org:joined': (org) => handlers.joined(org),
    'org:left': ({ orgId }) => handlers.left(orgId),
    connect: connectListener(socket, (afterDrop) => afterDrop && handlers.reconnected()),
  });
}
