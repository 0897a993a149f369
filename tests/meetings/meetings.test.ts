// Meetings through REST, Socket.IO and the collaboration socket on a real server: a deal meeting
// proposed from Hong Kong, seen live by the other side, accepted from London (two accepts at once:
// one wins, the other is told 409), rescheduled and cancelled, each change a new calendar SEQUENCE;
// notes that start with the agenda and open only to the deal's members; and the bad input: past or
// absurd slots, unknown zones, outsiders. (A match's meetings: match-meetings.test.ts.)
import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../shared/schemas/meetings.ts';
import { bearer, type TestUser } from '../helpers/api.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, record } from '../deals/deal-helpers.ts';
import { askB, useQaWorld } from '../qa/qa-world.ts';
import { upgradeStatus } from '../security/ws-probe.ts';

const DAY = 24 * 60 * 60_000;
/** A whole hour `days` from now, in UTC. */
function hourAhead(days: number, hour: number): string {
  const at = new Date(Date.now() + days * DAY);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
}
const VIDEO = { kind: 'video', url: 'https://meet.example/drones' } as const;

describe('meetings', () => {
  const ctx = useQaWorld();
  const api = <T = MeetingView>(user: TestUser, method: string, path: string, body?: unknown) => call<T>(ctx.server.url, user, method, path, body);
  const dealMeetings = () => `/api/deals/${ctx.world.deal.id}/meetings`;
  const propose = (user: TestUser, slots: unknown[], extra: Record<string, unknown> = {}) => api(user, 'POST', dealMeetings(), { title: 'Certification plan', slots, location: VIDEO, ...extra });

  async function calendar(user: TestUser, meetingId: string): Promise<{ status: number; text: string }> {
    const response = await fetch(`${ctx.server.url}/api/meetings/${meetingId}/calendar.ics`, { headers: bearer(user) });
    return { status: response.status, text: await response.text() };
  }

  it('keeps each person’s IANA time zone and refuses unknown ones', async () => {
    const { owner } = ctx.world;
    expect((await api(owner, 'PUT', '/api/auth/time-zone', { timeZone: 'Asia/Hong_Kong' })).body).toEqual({ timeZone: 'Asia/Hong_Kong' });
    expect((await api<{ timeZone: string }>(owner, 'GET', '/api/auth/me')).body.timeZone).toBe('Asia/Hong_Kong');
    for (const timeZone of ['Mars/Olympus_Mons', '+08:00', 'HKT', 42]) expect((await api(owner, 'PUT', '/api/auth/time-zone', { timeZone })).status).toBe(400);
    expect((await api<{ timeZone: string }>(owner, 'GET', '/api/auth/me')).body.timeZone).toBe('Asia/Hong_Kong');
    const unknown = await fetch(`${ctx.server.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Zed', email: 'zed@example.com', password: 'Harbour-lights-2024', timeZone: 'Atlantis/Capital' }),
    });
    expect(unknown.status).toBe(400);
  });

  it('proposes from Hong Kong, accepts in London once, and versions the calendar entry on every change', async () => {
    const { owner, partyB, colleagueB, outsider } = ctx.world;
    await api(owner, 'PUT', '/api/auth/time-zone', { timeZone: 'Asia/Hong_Kong' });
    await api(partyB, 'PUT', '/api/auth/time-zone', { timeZone: 'Europe/London' });
    await askB(ctx.server, ctx.world, { title: 'Who pays for retesting?' });
    const heard = record(await ctx.peers.socket(partyB), 'meeting:updated');
    const outsiderHeard = record(await ctx.peers.socket(outsider), 'meeting:updated');

    const slots = [hourAhead(7, 1), hourAhead(8, 9), hourAhead(9, 14)].map((start) => ({ start, minutes: 45 }));
    const proposed = await propose(owner, slots);
    expect(proposed.status).toBe(201);
    const meeting = proposed.body;
    expect(meeting).toMatchObject({ status: 'proposed', organiser: { id: owner.user.id, timeZone: 'Asia/Hong_Kong' }, canAccept: false, sequence: 0, notesDoc: `meeting:${meeting.id}` });
    expect(meeting.slots.map((slot) => slot.start)).toEqual(slots.map((slot) => slot.start));
    expect(meeting.agenda).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'question', title: 'Who pays for retesting?' }), expect.objectContaining({ kind: 'term' })]));
    await waitFor(() => heard.length === 1, 'the other side to hear of the proposal');
    expect(heard[0]).toMatchObject({ id: meeting.id, canAccept: true });

    // Outsiders learn nothing: not the meeting, not its notes, not a push.
    expect((await api(outsider, 'GET', `/api/meetings/${meeting.id}`)).status).toBe(404);
    expect((await api(outsider, 'GET', dealMeetings())).status).toBe(404);
    expect((await calendar(outsider, meeting.id)).status).toBe(404);
    expect(await upgradeStatus(`${ctx.server.wsUrl}/collab/${meeting.notesDoc}?token=${outsider.token}`)).toBe(403);
    expect((await api(owner, 'POST', `/api/meetings/${meeting.id}/accept`, { slotId: meeting.slots[0].id })).status).toBe(403);
    expect((await calendar(partyB, meeting.id)).status).toBe(409);

    // The notes start with the agenda and are the deal members' to co-edit.
    // (The test client binds `content` as text, so the agenda's list arrives as embedded XML.)
    const notes = await ctx.peers.doc(partyB, meeting.notesDoc);
    const agenda = (notes.text.toDelta() as { insert: unknown }[]).map((op) => String(op.insert)).join('');
    expect(agenda).toMatch(/^<bulletlist><listitem><paragraph>.*<paragraph>Q1 Who pays for retesting\?<\/paragraph>/i);

    // Two accepts at once: exactly one confirms, the other is told why.
    const [first, second] = await Promise.all([
      api(partyB, 'POST', `/api/meetings/${meeting.id}/accept`, { slotId: meeting.slots[1].id }),
      api(colleagueB, 'POST', `/api/meetings/${meeting.id}/accept`, { slotId: meeting.slots[2].id }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect(loser.body).toMatchObject({ error: 'conflict' });
    const confirmed = (await api(owner, 'GET', `/api/meetings/${meeting.id}`)).body;
    expect(confirmed).toMatchObject({ status: 'confirmed', sequence: 1 });
    expect(confirmed.slots).toHaveLength(1);
    expect(await api(outsider, 'GET', '/api/meetings/upcoming').then((response) => response.body)).toEqual([]);
    expect((await api<MeetingView[]>(owner, 'GET', '/api/meetings/upcoming')).body.map((entry) => entry.id)).toContain(meeting.id);

    const invitation = await calendar(partyB, meeting.id);
    expect(invitation.status).toBe(200);
    const start = confirmed.confirmed?.start.replace(/[-:]/g, '').replace('.000', '');
    expect(invitation.text).toMatch(/METHOD:REQUEST/);
    expect(invitation.text).toContain(`DTSTART:${start}`);
    expect(invitation.text).toContain('SEQUENCE:1');
    expect(invitation.text).toContain('X-WR-TIMEZONE:Asia/Hong_Kong');
    const uid = /UID:(.+)/.exec(invitation.text)?.[1].trim();

    const moved = await api(partyB, 'POST', `/api/meetings/${meeting.id}/reschedule`, { slots: [{ start: hourAhead(10, 8), minutes: 60 }] });
    expect(moved.body).toMatchObject({ status: 'proposed', confirmed: null, sequence: 2, canAccept: false });
    const again = await api(owner, 'POST', `/api/meetings/${meeting.id}/accept`, { slotId: moved.body.slots[0].id });
    expect(again.body).toMatchObject({ status: 'confirmed', sequence: 3, acceptedBy: { id: owner.user.id } });
    const cancelled = await api(owner, 'POST', `/api/meetings/${meeting.id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 4 });
    const cancellation = await calendar(partyB, meeting.id);
    expect(cancellation.text).toMatch(/METHOD:CANCEL/);
    expect(cancellation.text).toContain('SEQUENCE:4');
    expect(cancellation.text).toContain(`UID:${uid}`);
    expect((await api(partyB, 'POST', `/api/meetings/${meeting.id}/cancel`)).status).toBe(409);
    expect(outsiderHeard).toEqual([]);
  });

  it('refuses past, absurd and malformed proposals and stores nothing', async () => {
    const { owner, outsider } = ctx.world;
    const before = (await api<MeetingView[]>(owner, 'GET', dealMeetings())).body.length;
    const past = await propose(owner, [{ start: new Date(Date.now() - 60_000).toISOString(), minutes: 30 }]);
    expect(past.status).toBe(400);
    expect(JSON.stringify(past.body)).toContain('slots.0.start');
    expect((await propose(owner, [{ start: hourAhead(2, 9), minutes: 60 * 24 * 3 }])).status).toBe(400);
    expect((await propose(owner, [{ start: hourAhead(800, 9), minutes: 30 }])).status).toBe(400);
    expect((await propose(owner, Array.from({ length: 6 }, (_, day) => ({ start: hourAhead(day + 1, 9), minutes: 30 })))).status).toBe(400);
    expect((await propose(owner, [{ start: hourAhead(2, 9), minutes: 30 }], { location: { kind: 'video', url: 'javascript:alert(1)' } })).status).toBe(400);
    expect((await propose(outsider, [{ start: hourAhead(2, 9), minutes: 30 }])).status).toBe(404);
    expect((await api<MeetingView[]>(owner, 'GET', dealMeetings())).body).toHaveLength(before);
  });
});
