// Live notification events over Socket.IO; one subscription, one cleanup.
import type { NotificationPushed } from '../../../shared/schemas/notifications.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';

export interface NotificationEventHandlers {
  /** A new notification for me, with my unread count after it. */
  arrived(payload: NotificationPushed): void;
  /** My unread count changed because I read something (perhaps in another tab). */
  unread(count: number): void;
  /** The socket came back after a drop; pushes may have been missed meanwhile. */
  reconnected(): void;
}

export function subscribeToNotifications(socket: RealtimeSocket, handlers: NotificationEventHandlers): () => void {
  const onArrived = (payload: NotificationPushed) => handlers.arrived(payload);
  const onUnread = ({ unread }: { unread: number }) => handlers.unread(unread);
  let connectedBefore = socket.connected;
  const onConnect = () => {
    if (connectedBefore) handlers.reconnected();
    connectedBefore = true;
  };
  socket.on('notification', onArrived);
  socket.on('notification:unread', onUnread);
  socket.on('connect', onConnect);
  return () => {
    socket.off('notification', onArrived);
    socket.off('notification:unread', onUnread);
    socket.off('connect', onConnect);
  };
}
