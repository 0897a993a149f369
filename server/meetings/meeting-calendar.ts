// A confirmed or cancelled meeting as an iCalendar invitation (RFC 5545/5546) written by the `ics`
// library: METHOD REQUEST or CANCEL, a UID that stays the meeting's for life, and SEQUENCE from the
// meeting, so a calendar that holds an earlier copy replaces it. Times are written in UTC (`Z`):
// `ics` writes no VTIMEZONE, and a TZID without one is not valid, while UTC shows at the right local
// time in every calendar; the organiser's zone is named in X-WR-TIMEZONE for calendars that use it.
import type { EventAttributes } from 'ics';
import { ConflictError } from '../http/index.ts';
import { loadOnFirstUse } from '../load-on-first-use.ts';
import { agendaLine } from './meeting-notes.ts';
import type { MeetingRecord } from './meeting-repository.ts';

// Loaded with the first invitation: `ics` brings its own validation library along.
const ics = loadOnFirstUse<typeof import('ics')>('ics');

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface MeetingCalendarFile {
  name: string;
  type: string;
  body: string;
}

const PRODUCT_ID = '-//Superconnector//Meetings//EN';

export function meetingUid(meetingId: string): string {
  return `meeting-${meetingId}@superconnector`;
}

function locationOf(meeting: MeetingRecord): Pick<EventAttributes, 'location' | 'url'> {
  return meeting.location.kind === 'video' ? { location: meeting.location.url, url: meeting.location.url } : { location: meeting.location.address };
}

/** The agenda as a list of its items' own words (no sentence of ours, so nothing to translate). */
function agendaText(meeting: MeetingRecord): string | undefined {
  if (meeting.agenda.length === 0) return undefined;
  return meeting.agenda.map((item) => `• ${agendaLine(item)}`).join('\n');
}

/** The invitation for `attendee`; 409 while no time is accepted yet (there is nothing to put in a calendar). */
export function meetingCalendar(meeting: MeetingRecord, organiser: CalendarPerson, attendee: CalendarPerson): MeetingCalendarFile {
  const slot = meeting.confirmed;
  if (!slot) throw new ConflictError('No time is accepted yet, so there is no calendar entry');
  const cancelled = meeting.status === 'cancelled';
  const description = agendaText(meeting);
  const { error, value } = ics().createEvent({
    productId: PRODUCT_ID,
    method: cancelled ? 'CANCEL' : 'REQUEST',
    uid: meetingUid(meeting._id),
    sequence: meeting.sequence,
    title: meeting.title,
    ...(description ? { description } : {}),
    start: Date.parse(slot.start),
    duration: { minutes: slot.minutes },
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    ...locationOf(meeting),
    organizer: organiser,
    attendees: [{ ...attendee, rsvp: !cancelled, partstat: 'NEEDS-ACTION', role: 'REQ-PARTICIPANT' }],
    lastModified: meeting.updatedAt.getTime(),
  });
  if (error || !value) throw error ?? new Error('the calendar entry could not be written');
  return { name: `meeting-${meeting._id}.ics`, type: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'REQUEST'}`, body: withZoneName(value, meeting.organiserTimeZone) };
}

/** Adds X-WR-TIMEZONE after the calendar's METHOD line (`ics` has no attribute for it). */
function withZoneName(calendar: string, timeZone: string): string {
  return calendar.replace(/^(METHOD:[A-Z]+)(\r?\n)/m, `$1$2X-WR-TIMEZONE:${timeZone}$2`);
}
