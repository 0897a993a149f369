// Notifications: what is pushed for one person's attention, kept until read, per-type preferences.
import { z } from 'zod';

export const NOTIFICATION_TYPES = [
  'match.new',
  'match.interest',
  'match.mutual',
  'deal.invitation',
  'comment.mention',
  'comment.reply',
  'term.signed',
  'term.blocked',
  'deal.stage',
  'term.due-soon',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** What the notification is about; the client links to it. */
export interface NotificationSubject {
  kind: 'match' | 'deal';
  id: string;
  /** The deal a match, comment or term belongs to, when there is one. */
  dealId?: string;
  title: string;
}

export interface NotificationView {
  id: string;
  type: NotificationType;
  subject: NotificationSubject;
  /** Who caused it; null for the system (a due date, a suggestion). */
  actor: { id: string; name: string } | null;
  /** Type-specific facts the client renders in the reader's language (term title, stage, excerpt…). */
  data: Record<string, string | number | boolean | null>;
  at: string;
  read: boolean;
}

export interface NotificationPage {
  notifications: NotificationView[];
  unread: number;
  page: number;
  pageSize: number;
  total: number;
}

export type NotificationPreferences = Record<NotificationType, boolean>;

export const notificationTypeSchema = z.enum(NOTIFICATION_TYPES);

export const notificationQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  unread: z.enum(['true', 'false']).optional(),
  type: notificationTypeSchema.optional(),
});

export const markReadSchema = z.strictObject({
  ids: z.array(z.string().min(1).max(64)).min(1).max(500),
});

export const preferencesSchema = z.strictObject(
  Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, z.boolean().optional()])) as Record<NotificationType, z.ZodOptional<z.ZodBoolean>>,
);
