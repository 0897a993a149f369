// What other features call to tell people something; NotificationCenter implements it.
import type { NotificationSubject, NotificationType } from '../../shared/schemas/notifications.ts';
import type { NotificationRecord } from './notification-repository.ts';

export interface NotificationRequest {
  type: NotificationType;
  /** Everyone to tell; the sender checks they may see the subject. The actor is never told. */
  recipientIds: readonly string[];
  subject: NotificationSubject;
  actor: { id: string; name: string } | null;
  data?: Record<string, string | number | boolean | null>;
  /**
   * Unread notifications with the same key fold into one for each recipient (`data.count` says
   * how many), so a burst of suggestions for one listing is one entry, not dozens.
   */
  groupKey?: string;
  /** A new match's score: recipients whose minimum is above it are not told. */
  matchScore?: number;
}

/** Told of every notification stored (not of news folded into an unread one), to e-mail it, say. */
export interface NotificationObserver {
  created(records: readonly NotificationRecord[]): Promise<void>;
}

export interface NotificationPort {
  /** Stores one notification per recipient who wants this type and pushes it to all their tabs. */
  notify(request: NotificationRequest): Promise<void>;
}
