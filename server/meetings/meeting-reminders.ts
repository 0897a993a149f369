// Meeting reminders: 24 h and 1 h before a confirmed meeting starts, to each participant still in
// its scope (someone who left the deal since hears nothing). One per (meeting, sequence, lead,
// person): a rescheduled meeting is reminded again for its new time, a cancelled one not at all.
// A lead whose window had opened when the time was accepted is skipped, since the invitation just
// sent says it all; a sweep that comes late sends only the nearest lead still ahead.
import type { MeetingScope } from '../../shared/schemas/meetings.ts';
import { langOf, type UserRepository } from '../auth/index.ts';
import type { MeetingReminderMailData, NewMail } from '../mail/index.ts';
import { meetingMailFacts } from './meeting-mail.ts';
import type { MeetingRecord, MeetingRepository } from './meeting-repository.ts';

const HOUR_MS = 60 * 60_000;
/** Nearest first: a meeting is reminded with the smallest lead it is within. */
const LEADS = [
  { lead: '1h', ms: HOUR_MS },
  { lead: '24h', ms: 24 * HOUR_MS },
] as const;
const LONGEST_LEAD_MS = 24 * HOUR_MS;

export interface MeetingReminderPorts {
  meetings: Pick<MeetingRepository, 'confirmedStartingBy'>;
  users: Pick<UserRepository, 'findByIds'>;
  /** Who takes part in the scope now (a deal's readers past its NDA, a mutual match's two sides); empty when nobody may. */
  participantsNow(scope: MeetingScope): Promise<Set<string>>;
}

function leadOf(record: MeetingRecord, now: Date): '1h' | '24h' | null {
  if (!record.confirmed) return null;
  const start = Date.parse(record.confirmed.start);
  const found = LEADS.find((entry) => start - now.getTime() <= entry.ms);
  if (!found || record.updatedAt.getTime() > start - found.ms) return null;
  return found.lead;
}

export function meetingReminders(ports: MeetingReminderPorts) {
  async function ofMeeting(record: MeetingRecord, lead: '1h' | '24h'): Promise<NewMail[]> {
    const present = await ports.participantsNow(record.scope);
    const ids = record.participantIds.filter((id) => present.has(id));
    const people = await ports.users.findByIds([...new Set([...ids, record.organiserId])]);
    const organiserName = people.find((person) => person._id === record.organiserId)?.name ?? '';
    return people.flatMap((person) => {
      const facts = ids.includes(person._id) ? meetingMailFacts(record, person, organiserName) : null;
      if (!facts) return [];
      const data: MeetingReminderMailData = { ...facts, lead };
      return [{ key: `meeting-reminder:${record._id}:${record.sequence}:${lead}:${person._id}`, kind: 'meeting-reminder' as const, to: person.email, lang: langOf(person), data }];
    });
  }

  return {
    name: 'meetings',
    async due(now: Date): Promise<NewMail[]> {
      const found: NewMail[] = [];
      for (const record of await ports.meetings.confirmedStartingBy(now, new Date(now.getTime() + LONGEST_LEAD_MS))) {
        const lead = leadOf(record, now);
        if (lead) found.push(...(await ofMeeting(record, lead)));
      }
      return found;
    },
  };
}
