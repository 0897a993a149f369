// Notifications: what is pushed for one person's attention, kept until read, per-type preferences.
import { z } from 'zod';

export const NOTIFICATION_TYPES = [
  'match.new',
  'match.interest',
  'match.mutual',
  /** Interest shown to the reader's side still waits for an answer (sent once). */
  'match.reminder',
  /** Interest the reader's side showed expired unanswered. */
  'match.expired',
  'deal.invitation',
  'org.invitation',
  'comment.mention',
  'comment.reply',
  'term.signed',
  'term.blocked',
  'deal.stage',
  'term.due-soon',
  /** Q&A: a question for your side was assigned to you (or asked, when nobody is assigned). */
  'qa.assigned',
  /** Q&A: a draft answer of your side waits for your approval. */
  'qa.approval',
  /** Q&A: the other side answered your question. */
  'qa.answered',
  /** Q&A: the asker sent your side's answer back. */
  'qa.sent-back',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** What the notification is about; the client links to it. */
export const NotificationSubjectSchema = z.object({
  /** `invitation`: a pending invitation of the reader (`GET /api/invitations`). */
  kind: z.enum(['match', 'deal', 'invitation']),
  id: z.string(),
  /** The deal a match, comment or term belongs to, when there is one. */
  dealId: z.string().optional(),
  title: z.string(),
});
export type NotificationSubject = z.infer<typeof NotificationSubjectSchema>;

const NotificationDataSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type NotificationData = z.infer<typeof NotificationDataSchema>;

export const NotificationViewSchema = z.object({
  id: z.string(),
  type: z.enum(NOTIFICATION_TYPES),
  subject: NotificationSubjectSchema,
  /** Who caused it; null for the system (a due date, a suggestion) or an anonymous other side. */
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Type-specific facts the client renders in the reader's language (term title, stage, excerpt…). */
  data: NotificationDataSchema,
  at: z.iso.datetime(),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof NotificationViewSchema>;

export const NotificationPageSchema = z.object({
  notifications: z.array(NotificationViewSchema),
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

/** `notification:created`: a new notification for this user, with their unread count after it. */
export interface NotificationPushed {
  notification: NotificationView;
  unread: number;
}

/** `notification:unread-updated`: this user's unread count changed (read in another tab, say); also the REST answer. */
export const UnreadCountSchema = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof UnreadCountSchema>;

/**
 * Each type on or off, and `minMatchScore`: new matches scoring below it (in [0, 1]) are not
 * notified (they still reach the inbox). 0 = every new match.
 */
export type NotificationPreferences = Record<NotificationType, boolean> & { minMatchScore: number };

/** New-match news for one of my listings folds into one unread entry per listing, `data.count` of them. */
export const GROUPED_TYPES: readonly NotificationType[] = ['match.new'];

export const notificationTypeSchema = z.enum(NOTIFICATION_TYPES);

const NotificationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid notification id');

export const notificationQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  unread: z.enum(['true', 'false']).optional(),
  type: notificationTypeSchema.optional(),
});
export type NotificationQuery = z.infer<typeof notificationQuerySchema>;

export const markReadSchema = z.strictObject({
  ids: z.array(NotificationIdSchema).min(1).max(500),
});

/** A partial update: the types named are switched on or off, the others keep their setting. */
export const preferencesSchema = z.strictObject({
  ...(Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, z.boolean().optional()])) as Record<NotificationType, z.ZodOptional<z.ZodBoolean>>),
  minMatchScore: z.number().min(0).max(1).optional(),
});
export type PreferencesBody = z.infer<typeof preferencesSchema>;
