// Calendar invitations by e-mail through a real SMTP server: a meeting accepted from London reaches
// every member of the deal (not only whoever accepted) in their own language and zone, with a
// `text/calendar; method=REQUEST` part and an `.ics` file that parse to the meeting's UID, SEQUENCE,
// start and the reader as attendee; a reschedule takes the time back (CANCEL, SEQUENCE + 1), the
// time accepted next comes as REQUEST, a cancellation as CANCEL; each once per person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingView } from '../../shared/schemas/meetings.ts';
import type { TestUser } from '../helpers/api.ts';
import type { ReceivedMail } from '../helpers/smtp-inbox.ts';
import { waitFor } from '../helpers/wait.ts';
import { api, HOUR, MAIL_WAIT_MS, icsAttachment, icsProperties, received, startReminderWorld, VIDEO, type ReminderWorld } from './reminder-world.ts';

/** The message's header lines unfolded (RFC 5322 §2.2.3). */
const unfolded = (raw: string) => raw.replace(/\r?\n[ \t]+/g, ' ');
/** An ICS date-time in UTC (20261210T090000Z) from an ISO string. */
const icsTime = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

describe('meeting invitations by e-mail', () => {
  let ctx: ReminderWorld;
  beforeAll(async () => {
    ctx = await startReminderWorld();
  });
  afterAll(async () => {
    await ctx.server.close();
    await ctx.close();
  });

  const title = 'Certification plan';
  const isAbout = (text: string) => text.includes(title);
  /** Waits until every member has `count` messages about the meeting; the last one of `user`. */
  async function everyoneHas(count: number, user: TestUser): Promise<ReceivedMail> {
    await waitFor(() => ctx.members.every((member) => received(ctx.inbox, member.user.email, isAbout).length >= count), `every member to have ${count} meeting e-mails`, MAIL_WAIT_MS);
    const mine = received(ctx.inbox, user.user.email, isAbout);
    return mine[mine.length - 1];
  }

  it('mails every participant a calendar invitation in their language on confirm, reschedule and cancel, once each', async () => {
    const { server, world } = ctx;
    const { owner, partyB, colleagueB, outsider } = world;
    await api(server, owner, 'PUT', '/api/auth/time-zone', { timeZone: 'Asia/Hong_Kong' });
    await api(server, partyB, 'PUT', '/api/auth/time-zone', { timeZone: 'Europe/London' });
    expect((await api(server, partyB, 'PUT', '/api/auth/language', { lang: 'zh-Hant' })).status).toBe(204);
    expect((await api(server, colleagueB, 'PUT', '/api/auth/language', { lang: 'zh-Hans' })).status).toBe(204);

    const first = new Date(ctx.clock.now + 72 * HOUR).toISOString();
    const proposed = await api(server, owner, 'POST', `/api/deals/${world.deal.id}/meetings`, { title, slots: [{ start: first, minutes: 45 }], location: VIDEO });
    expect(proposed.status).toBe(201);
    const meeting = proposed.body;
    // A proposal is in nobody's calendar yet: no invitation.
    const accepted = await api(server, partyB, 'POST', `/api/meetings/${meeting.id}/accept`, { slotId: meeting.slots[0].id });
    expect(accepted.body.status).toBe('confirmed');

    const mine = await everyoneHas(1, partyB);
    expect(mine.parsed.subject).toBe(`會議已確認：${title}`);
    const london = new Intl.DateTimeFormat('zh-Hant', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/London' }).format(new Date(first));
    expect(mine.parsed.text).toContain(`${london} (Europe/London)`);
    expect(mine.parsed.text).toContain(`http://superconnector.test/#/meetings/${meeting.id}`);
    expect(unfolded(mine.raw)).toMatch(/^List-Unsubscribe: <http:\/\/superconnector\.test\/api\/mail\/unsubscribe\?token=/m);
    expect(mine.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    const request = icsProperties(icsAttachment(mine));
    expect(request).toMatchObject({ METHOD: 'REQUEST', UID: `meeting-${meeting.id}@superconnector`, SEQUENCE: '1', DTSTART: icsTime(first), STATUS: 'CONFIRMED' });
    expect(request.ATTENDEE).toContain(`mailto:${partyB.user.email}`);
    expect(request.ATTENDEE).not.toContain(owner.user.email);
    expect(request.ORGANIZER.toLowerCase()).toContain(`mailto:${owner.user.email}`);
    const hk = await everyoneHas(1, owner);
    expect(hk.parsed.subject).toBe(`Meeting confirmed: ${title}`);
    expect(hk.parsed.text).toContain('(Asia/Hong_Kong)');
    expect(icsProperties(icsAttachment(hk)).ATTENDEE).toContain(`mailto:${owner.user.email}`);
    expect((await everyoneHas(1, colleagueB)).parsed.subject).toBe(`会议已确认：${title}`);

    // Rescheduled: the accepted time is taken back from every calendar under the next SEQUENCE.
    const later = new Date(ctx.clock.now + 96 * HOUR).toISOString();
    const moved = await api(server, owner, 'POST', `/api/meetings/${meeting.id}/reschedule`, { slots: [{ start: later, minutes: 60 }] });
    expect(moved.body.status).toBe('proposed');
    const withdrawn = await everyoneHas(2, partyB);
    expect(withdrawn.parsed.subject).toBe(`已提出新時間：${title}`);
    expect(icsProperties(icsAttachment(withdrawn))).toMatchObject({ METHOD: 'CANCEL', SEQUENCE: '2', UID: `meeting-${meeting.id}@superconnector`, DTSTART: icsTime(first) });

    // The new time accepted: a REQUEST again, same UID, the new start.
    const again = await api<MeetingView>(server, partyB, 'POST', `/api/meetings/${meeting.id}/accept`, { slotId: moved.body.slots[0].id });
    expect(again.body.sequence).toBe(3);
    const renewed = icsProperties(icsAttachment(await everyoneHas(3, colleagueB)));
    expect(renewed).toMatchObject({ METHOD: 'REQUEST', SEQUENCE: '3', DTSTART: icsTime(later), UID: `meeting-${meeting.id}@superconnector` });
    const download = await fetch(`${server.url}/api/meetings/${meeting.id}/calendar.ics`, { headers: { authorization: `Bearer ${colleagueB.token}` } });
    expect(icsProperties(await download.text())).toMatchObject({ DTSTART: renewed.DTSTART, SEQUENCE: renewed.SEQUENCE, UID: renewed.UID });

    // Cancelled: CANCEL under the next SEQUENCE.
    expect((await api(server, partyB, 'POST', `/api/meetings/${meeting.id}/cancel`)).body.status).toBe('cancelled');
    const cancelled = await everyoneHas(4, owner);
    expect(cancelled.parsed.subject).toBe(`Meeting cancelled: ${title}`);
    expect(cancelled.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=CANCEL/i);
    expect(icsProperties(icsAttachment(cancelled))).toMatchObject({ METHOD: 'CANCEL', SEQUENCE: '4', STATUS: 'CANCELLED' });

    // Each change once per person, and nothing to anyone outside the deal.
    await ctx.server.app.settle();
    for (const member of ctx.members) expect(received(ctx.inbox, member.user.email, isAbout)).toHaveLength(4);
    expect(received(ctx.inbox, outsider.user.email, () => true)).toHaveLength(0);
  });
});
