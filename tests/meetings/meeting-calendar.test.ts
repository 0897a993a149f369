// The iCalendar invitation of a meeting: METHOD REQUEST while confirmed and CANCEL once cancelled,
// a stable UID, SEQUENCE from the meeting, the accepted time in UTC and its length, the organiser's
// zone named, and text that cannot break out of its property.
import { describe, expect, it } from 'vitest';
import { meetingCalendar, meetingUid } from '../../server/meetings/index.ts';
import type { MeetingRecord } from '../../server/meetings/meeting-repository.ts';

const confirmedSlot = { id: 's1', start: '2026-12-10T09:30:00.000Z', minutes: 45 };
const base: MeetingRecord = {
  _id: 'm-1',
  scope: { kind: 'deal', dealId: 'd-1' },
  scopeKey: 'deal:d-1',
  title: 'Certification plan',
  status: 'confirmed',
  slots: [confirmedSlot],
  confirmed: confirmedSlot,
  location: { kind: 'video', url: 'https://meet.example/abc' },
  organiserId: 'u-hk',
  organiserTimeZone: 'Asia/Hong_Kong',
  proposedBy: 'u-hk',
  acceptedBy: 'u-ldn',
  participantIds: ['u-hk', 'u-ldn'],
  sequence: 1,
  agenda: [
    { kind: 'term', id: 't1', title: 'Payment terms' },
    { kind: 'question', id: 'q1', number: 3, title: 'Audited accounts?' },
  ],
  endsAt: new Date('2026-12-10T10:15:00Z'),
  createdAt: new Date('2026-12-03T10:00:00Z'),
  updatedAt: new Date('2026-12-03T11:00:00Z'),
};
const organiser = { name: 'Wong Ka-ming', email: 'wong@example.hk' };
const attendee = { name: 'Alice Smith', email: 'alice@example.co.uk' };

/** Unfolded lines (RFC 5545 §3.1: a line break followed by one space or tab continues the line). */
const lines = (calendar: string) => calendar.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);

describe('meeting invitation', () => {
  it('requests the accepted time in UTC with its length, UID and sequence', () => {
    const file = meetingCalendar(base, organiser, attendee);
    const all = lines(file.body);
    expect(file.type).toContain('text/calendar');
    expect(file.type).toContain('method=REQUEST');
    expect(all).toEqual(expect.arrayContaining(['METHOD:REQUEST', `UID:${meetingUid('m-1')}`, 'SEQUENCE:1', 'DTSTART:20261210T093000Z', 'DURATION:PT45M', 'STATUS:CONFIRMED', 'X-WR-TIMEZONE:Asia/Hong_Kong']));
    expect(all).toContain('SUMMARY:Certification plan');
    expect(all.find((line) => line.startsWith('ORGANIZER'))).toMatch(/CN="Wong Ka-ming".*wong@example\.hk/i);
    expect(all.find((line) => line.startsWith('ATTENDEE'))).toMatch(/alice@example\.co\.uk/i);
    expect(all.find((line) => line.startsWith('DESCRIPTION'))).toBe('DESCRIPTION:• Payment terms\\n• Q3 Audited accounts?');
    expect(all).toContain('URL:https://meet.example/abc');
  });

  it('cancels under the same UID with a higher sequence', () => {
    const file = meetingCalendar({ ...base, status: 'cancelled', sequence: 4 }, organiser, attendee);
    expect(lines(file.body)).toEqual(expect.arrayContaining(['METHOD:CANCEL', `UID:${meetingUid('m-1')}`, 'SEQUENCE:4', 'STATUS:CANCELLED', 'DTSTART:20261210T093000Z']));
  });

  it('has nothing to say until a time is accepted', () => {
    expect(() => meetingCalendar({ ...base, status: 'proposed', confirmed: null }, organiser, attendee)).toThrow(/No time is accepted/);
  });

  it('keeps line breaks in a title or place inside their property', () => {
    const file = meetingCalendar({ ...base, title: 'Plan\r\nATTENDEE:mailto:evil@example.com', location: { kind: 'place', address: 'Cyberport\nEND:VEVENT' } }, organiser, attendee);
    const all = lines(file.body);
    expect(all.filter((line) => line.startsWith('ATTENDEE'))).toHaveLength(1);
    expect(all.filter((line) => line === 'END:VEVENT')).toHaveLength(1);
  });
});
