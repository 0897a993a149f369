// What other features call to tell people something; NotificationCenter implements it.
import type { NotificationSubject, NotificationType } from '../../shared/schemas/notifications.ts';

export interface NotificationRequest {
  type: NotificationType;
  /** Everyone to tell; the sender checks they may see the subject. The actor is never told. */
  recipientIds: readonly string[];
  subject: NotificationSubject;
  actor: { id: string; name: string } | null;
  data?: Record<string, string | number | boolean | null>;
}

export interface NotificationPort {
  /** Stores one notification per recipient who wants this type and pushes it to all their tabs. */
  notify(request: NotificationRequest): Promise<void>;
}
