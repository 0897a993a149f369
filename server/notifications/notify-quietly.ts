// Notifying from inside a command: the command's change is already stored, so a failed
// notification is logged and swallowed rather than reported as the command failing.
import type { Logger } from '../logger.ts';
import type { NotificationPort, NotificationRequest } from './notification-port.ts';

/** Sends the request when there is a port and someone to tell; never throws. */
export async function notifyQuietly(port: NotificationPort | undefined, request: NotificationRequest, logger: Logger): Promise<void> {
  if (!port || request.recipientIds.length === 0) return;
  try {
    await port.notify(request);
  } catch (error) {
    logger.error({ err: error, type: request.type, subject: request.subject.id }, 'notification failed');
  }
}
