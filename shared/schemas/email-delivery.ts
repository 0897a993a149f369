// E-mail delivery of notifications: per person and per notification type, in the app only,
// e-mailed at once, or gathered into a digest sent hourly, daily at a local hour or weekly,
// evaluated in the person's IANA time zone (the profile's, `PUT /api/auth/time-zone`).
import { z } from 'zod';
import type { Lang } from '../taxonomy/labels.ts';
import { NOTIFICATION_TYPES, type NotificationType } from './notifications.ts';

export const DELIVERIES = ['in-app', 'immediate', 'digest'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/**
 * What a person gets until they choose: what asks for their own action at once, news in the
 * digest, and invitations in the app only (the invitation itself already arrives by e-mail).
 */
export const DEFAULT_DELIVERY: Record<NotificationType, Delivery> = {
  'match.new': 'digest',
  'match.interest': 'digest',
  'match.mutual': 'immediate',
  'match.reminder': 'digest',
  'match.expired': 'digest',
  'deal.invitation': 'in-app',
  'org.invitation': 'in-app',
  'comment.mention': 'immediate',
  'comment.reply': 'digest',
  'term.signed': 'digest',
  'term.blocked': 'digest',
  'deal.stage': 'digest',
  'term.due-soon': 'digest',
  'qa.assigned': 'immediate',
  'qa.approval': 'immediate',
  'qa.answered': 'digest',
  'qa.sent-back': 'digest',
};

const HourSchema = z.number().int().min(0).max(23);

/** When digests go out, in the person's zone. `weekday`: 1 = Monday … 7 = Sunday (ISO 8601). */
export const DigestScheduleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hourly') }),
  z.strictObject({ type: z.literal('daily'), hour: HourSchema }),
  z.strictObject({ type: z.literal('weekly'), weekday: z.number().int().min(1).max(7), hour: HourSchema }),
]);
export type DigestSchedule = z.infer<typeof DigestScheduleSchema>;

export const DEFAULT_DIGEST: DigestSchedule = { type: 'daily', hour: 8 };

/** `GET /api/notifications/email`: every type's choice, the digest schedule, the zone it runs in and the e-mails' language. */
export interface EmailPreferences {
  delivery: Record<NotificationType, Delivery>;
  digest: DigestSchedule;
  /** The profile's zone, read only here. */
  timeZone: string;
  /** The account's language (the one the app is read in), read only here. */
  lang: Lang;
  /** When the next digest is due (ISO), whether or not anything will be in it. */
  nextDigestAt: string;
}

/** `PUT /api/notifications/email`: a partial update; types not named keep their choice. */
export const EmailPreferencesBodySchema = z.strictObject({
  delivery: z.partialRecord(z.enum(NOTIFICATION_TYPES), z.enum(DELIVERIES)).optional(),
  digest: DigestScheduleSchema.optional(),
});
export type EmailPreferencesBody = z.infer<typeof EmailPreferencesBodySchema>;
