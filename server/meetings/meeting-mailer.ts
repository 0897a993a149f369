// Calendar invitations by e-mail: when a meeting gets a time, loses it (rescheduled) or is called
// off, every participant — not only whoever made the change — receives a message in their own
// language with the iCalendar invitation (METHOD REQUEST or CANCEL, the meeting's UID, SEQUENCE of
// the change). Queued once per (meeting, sequence, person), so a retried or repeated change mails once.
import { langOf, type UserRecord, type UserRepository } from '../auth/index.ts';
import type { Logger } from '../logger.ts';
import type { MailPort } from '../mail/index.ts';
import { meetingCalendar } from './meeting-calendar.ts';
import { meetingMailFacts } from './meeting-mail.ts';
import type { MeetingRecord } from './meeting-repository.ts';
import type { MeetingObserver } from './meeting-service.ts';

type Change = 'confirmed' | 'withdrawn' | 'cancelled';

/**
 * What a change does to the people's calendars, and the calendar that says so. A reschedule of a
 * confirmed meeting takes its time back (a CANCEL of the old time under the new SEQUENCE); the
 * time accepted next comes as a REQUEST under the same UID, which calendars restore. Changes to a
 * meeting that was never in a calendar (a proposal, its reschedule or cancellation) send nothing.
 */
function calendarChange(before: MeetingRecord, after: MeetingRecord): { change: Change; calendar: MeetingRecord } | null {
  if (after.status === 'confirmed' && before.status !== 'confirmed') return { change: 'confirmed', calendar: after };
  if (before.status !== 'confirmed') return null;
  if (after.status === 'cancelled') return { change: 'cancelled', calendar: after };
  return { change: 'withdrawn', calendar: { ...after, status: 'cancelled', confirmed: before.confirmed } };
}

export class MeetingMailer implements MeetingObserver {
  constructor(
    private readonly mail: MailPort,
    private readonly users: Pick<UserRepository, 'findByIds'>,
    private readonly logger: Logger,
  ) {}

  async changed(before: MeetingRecord, after: MeetingRecord): Promise<void> {
    const plan = calendarChange(before, after);
    if (!plan) return;
    try {
      const people = await this.users.findByIds([...new Set([after.organiserId, ...after.participantIds])]);
      const organiser = people.find((person) => person._id === after.organiserId);
      const attendees = people.filter((person) => after.participantIds.includes(person._id));
      for (const person of attendees) await this.invite(plan.calendar, plan.change, person, organiser);
    } catch (error) {
      // The change is stored and pushed; a mail failure must not turn it into an error for the caller.
      this.logger.error({ err: error, meetingId: after._id, sequence: after.sequence }, 'meeting invitations not queued');
    }
  }

  private async invite(record: MeetingRecord, change: Change, person: UserRecord, organiser: UserRecord | undefined): Promise<void> {
    const facts = meetingMailFacts(record, person, organiser?.name ?? '');
    if (!facts) return;
    const file = meetingCalendar(record, { name: organiser?.name ?? '', email: organiser?.email ?? '' }, { name: person.name, email: person.email });
    await this.mail.send({
      key: `meeting-invitation:${record._id}:${record.sequence}:${person._id}`,
      kind: 'meeting-invitation',
      to: person.email,
      lang: langOf(person),
      data: { ...facts, change },
      calendar: { method: record.status === 'cancelled' ? 'CANCEL' : 'REQUEST', filename: file.name, content: file.body },
    });
  }
}
