// What each language says about activity: one sentence per notification type (singular or a
// count), the heading of a group, and the frame of a digest and of an immediate e-mail.
import type { NotificationType } from '../../../shared/schemas/notifications.ts';
import type { ActivityGroup } from './activity-data.ts';

/** The facts of a line, already in the reader's language (stage names, dates). */
export interface LineValues {
  count: number;
  actor: string;
  title: string;
  theirs: string;
  term: string;
  question: string;
  excerpt: string;
  from: string;
  to: string;
  due: string;
  org: string;
  news: string;
}

export interface ActivityWords {
  line: Record<NotificationType, (values: LineValues) => string>;
  group: Record<ActivityGroup['kind'], (title: string) => string>;
  /** Who did it when the notification names nobody. */
  someone: string;
  digest: {
    subject: (updates: number) => string;
    intro: (since: string) => string;
    action: string;
  };
  /** The action of an immediate e-mail: open the page it is about. */
  open: string;
}
