// Activity as e-mails carry it: notifications gathered per deal or listing into lines of one type
// with a count and the latest facts. A digest holds several groups, an immediate e-mail one group of
// one line; a reminder can carry the same shape. Facts only, worded at send time.
import { z } from 'zod';
import { assertNever } from '../../../shared/assert-never.ts';
import { NOTIFICATION_TYPES } from '../../../shared/schemas/notifications.ts';

export const ActivityLineSchema = z.object({
  type: z.enum(NOTIFICATION_TYPES),
  /** How many notifications (folded ones counted in full) the line stands for. */
  count: z.number().int().min(1),
  actorName: z.string().nullable(),
  /** The latest notification's facts (term title, question, stage…). */
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type ActivityLine = z.infer<typeof ActivityLineSchema>;

export const ActivityGroupSchema = z.object({
  /** `listing`: one of my listings' matches; `matches`: other match news; `invitations`: pending invitations. */
  kind: z.enum(['deal', 'listing', 'matches', 'invitations']),
  /** The deal's or listing's id; null for `matches` and `invitations`. */
  id: z.string().nullable(),
  title: z.string(),
  lines: z.array(ActivityLineSchema).min(1),
});
export type ActivityGroup = z.infer<typeof ActivityGroupSchema>;

/** A `digest` message's data. */
export const DigestDataSchema = z.object({
  /** The previous digest's time (or the first news'): "since …" in the reader's zone. */
  since: z.string(),
  timeZone: z.string(),
  groups: z.array(ActivityGroupSchema).min(1),
});
export type DigestData = z.infer<typeof DigestDataSchema>;

/** A `notification` message's data: the one notification, as a group of one line. */
export const NotificationMailDataSchema = z.object({ group: ActivityGroupSchema });

/** The app page (hash route) a line leads to: the deal room's part it is about, the matches of the listing, the invitations. */
export function activityPage(group: ActivityGroup, line: ActivityLine): string {
  const id = encodeURIComponent(group.id ?? '');
  switch (group.kind) {
    case 'deal':
      if (line.type.startsWith('qa.')) return `#/deals/${id}/qa`;
      return line.type.startsWith('term.') ? `#/deals/${id}/board` : `#/deals/${id}`;
    case 'listing':
      return `#/matches?listing=${id}`;
    case 'matches':
      return '#/matches';
    case 'invitations':
      return '#/notifications';
    default:
      return assertNever(group.kind);
  }
}
