// What a meeting e-mail says about the meeting, for one reader: the accepted time (written in the
// reader's zone by the template), the place or link, the organiser, and the page it leads to.
import { timeZoneOf, type UserRecord } from '../auth/index.ts';
import type { MeetingInvitationMailData } from '../mail/index.ts';
import type { MeetingRecord } from './meeting-repository.ts';

export type MeetingMailFacts = Omit<MeetingInvitationMailData, 'change'>;

/** The meeting's own page in the client (its time, place and notes). */
export function meetingPage(meetingId: string): string {
  return `#/meetings/${meetingId}`;
}

/** The facts of a meeting with an accepted time, for `reader`; null while no time is accepted. */
export function meetingMailFacts(record: MeetingRecord, reader: Pick<UserRecord, 'timeZone'>, organiserName: string): MeetingMailFacts | null {
  if (!record.confirmed) return null;
  return {
    title: record.title,
    start: record.confirmed.start,
    minutes: record.confirmed.minutes,
    location: record.location.kind === 'video' ? record.location.url : record.location.address,
    organiserName,
    timeZone: timeZoneOf(reader),
    page: meetingPage(record._id),
  };
}
