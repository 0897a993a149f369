// The data of the messages about times (meeting invitations and reminders, terms and questions
// due soon) and how it becomes the catalogue's words: a meeting's start in the reader's own zone,
// naming the zone, and dates in the reader's language. The queueing feature names the page.
import { z } from 'zod';
import { TimeZoneSchema } from '../../../shared/schemas/time-zone.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { MailCatalogue, MeetingWords, Worded } from './wording.ts';

/** A hash route of the client (`#/deals/<id>/meetings`), never a whole URL: the sender prefixes PUBLIC_URL. */
const PageSchema = z.string().regex(/^#\/[\w\-/?=&.]*$/);
const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const MeetingData = z.object({
  title: z.string(),
  start: z.iso.datetime(),
  minutes: z.number().int().positive(),
  location: z.string(),
  organiserName: z.string(),
  /** The reader's zone, in which the start is written. */
  timeZone: TimeZoneSchema,
  page: PageSchema,
});
const MeetingInvitationData = MeetingData.extend({ change: z.enum(['confirmed', 'withdrawn', 'cancelled']) });
const MeetingReminderData = MeetingData.extend({ lead: z.enum(['24h', '1h']) });
const DueData = z.object({ dealTitle: z.string(), itemTitle: z.string(), due: DaySchema, page: PageSchema });

export type MeetingInvitationMailData = z.input<typeof MeetingInvitationData>;
export type MeetingReminderMailData = z.input<typeof MeetingReminderData>;
export type DueMailData = z.input<typeof DueData>;

export type ScheduledKind = 'meeting-invitation' | 'meeting-reminder' | 'term-reminder' | 'question-reminder';

function meetingWords(data: z.infer<typeof MeetingData>, lang: Lang): MeetingWords {
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short', timeZone: data.timeZone }).format(new Date(data.start));
  return { title: data.title, when: `${when} (${data.timeZone})`, minutes: data.minutes, location: data.location, organiserName: data.organiserName };
}

function dayOf(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** The words and page of one of these messages; throws (a ZodError) on data that is not what the kind queues. */
export function wordScheduled(kind: ScheduledKind, data: Record<string, unknown>, lang: Lang, catalogue: MailCatalogue): { worded: Worded; page: string } {
  switch (kind) {
    case 'meeting-invitation': {
      const parsed = MeetingInvitationData.parse(data);
      return { worded: catalogue['meeting-invitation']({ ...meetingWords(parsed, lang), change: parsed.change }), page: parsed.page };
    }
    case 'meeting-reminder': {
      const parsed = MeetingReminderData.parse(data);
      return { worded: catalogue['meeting-reminder']({ ...meetingWords(parsed, lang), lead: parsed.lead }), page: parsed.page };
    }
    case 'term-reminder':
    case 'question-reminder': {
      const parsed = DueData.parse(data);
      return { worded: catalogue[kind]({ dealTitle: parsed.dealTitle, itemTitle: parsed.itemTitle, due: dayOf(parsed.due, lang) }), page: parsed.page };
    }
  }
}
