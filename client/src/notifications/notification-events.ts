// Live notification events over Socket.IO; one subscription, one cleanup.
import type { NotificationPushed } from '../../../shared/schemas/notifications.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { connectListener, listen } from '../lib/socket-listen.ts';

export interface NotificationEventHandlers {
  /** A new notification for me, with my unread count after it. */
  arrived(payload: NotificationPushed): void;
  /** My unread count changed because I read something (perhaps in another tab). */
  unread(count: number): void;
  /** The socket came back after a drop; pushes may have been missed meanwhile. */
  reconnected(): void;
}

export function subscribeToNotifications(socket: RealtimeSocket, handlers: NotificationEventHandlers): () => void {
  return listen(socket, {
    'notification:created': (payload) => handlers.arrived(payload),
    'notification:unread-updated': ({ unread }) => handlers.unread(unread),
    connect: connectListener(socket, (afterDrop) => afterDrop && handlers.reconnected()),
  });
}
