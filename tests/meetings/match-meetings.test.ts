// Meetings booked from a match, on a real server with real Socket.IO and collaboration clients:
// only once interest is mutual, only by and for the people of the two organisations; a colleague
// on a side takes part, a stranger learns nothing (the same 404 as for a match that does not
// exist, no push, no notes); the proposer cannot accept their own times; reschedule and cancel
// reach the other side live; both sides write the notes.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail, MeetingView } from '../../shared/schemas/meetings.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import { bearer, registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, mutualMatch, Peers, record, startDealServer, suggestedMatch } from '../deals/deal-helpers.ts';
import { addMember, CERTIFIER, createOrg } from '../listings/marketplace-helpers.ts';
import { upgradeStatus } from '../security/ws-probe.ts';

const DAY = 24 * 60 * 60_000;
const slotsAhead = (...days: number[]) => days.map((day) => ({ start: new Date(Math.floor((Date.now() + day * DAY) / 3_600_000) * 3_600_000).toISOString(), minutes: 30 }));
const PLACE = { kind: 'place', address: 'Hong Kong Science Park, Building 19W' } as const;

interface Cast {
  maker: TestUser;
  makerColleague: TestUser;
  certifier: TestUser;
  stranger: TestUser;
  makerOrg: OrgView;
  certifierOrg: OrgView;
}

describe('meetings from a match', () => {
  let server: TestServer;
  let cast: Cast;
  const peers = new Peers(() => server);
  const api = <T = MeetingView>(user: TestUser, method: string, path: string, body?: unknown) => call<T>(server.url, user, method, path, body);
  const propose = (user: TestUser, matchId: string) => api(user, 'POST', `/api/matches/${matchId}/meetings`, { title: 'First call', slots: slotsAhead(3, 4), location: PLACE });
  const calendar = (user: TestUser, meetingId: string) => fetch(`${server.url}/api/meetings/${meetingId}/calendar.ics`, { headers: bearer(user) });

  beforeAll(async () => {
    server = await startDealServer();
    const [maker, makerColleague, certifier, stranger] = await Promise.all(['Hui Maker', 'Ho Colleague', 'Lee Certifier', 'Sam Stranger'].map((name) => registerUser(server.url, name)));
    const makerOrg = await createOrg(server.url, maker);
    const certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
    await addMember(server.url, maker, makerOrg.id, makerColleague);
    await createOrg(server.url, stranger);
    cast = { maker, makerColleague, certifier, stranger, makerOrg, certifierOrg };
  });
  afterEach(() => peers.closeAll());
  afterAll(() => server.close());

  it('refuses a meeting before interest is mutual, to both sides, as if the match were not there', async () => {
    const { maker, certifier, makerOrg, certifierOrg } = cast;
    const matchId = await suggestedMatch(server, maker, makerOrg, certifier, certifierOrg);
    expect((await api(maker, 'POST', `/api/matches/${matchId}/interest`)).status).toBe(200);
    const absent = await propose(maker, randomUUID());
    for (const side of [maker, certifier]) {
      const refused = await propose(side, matchId);
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual(absent.body);
      expect((await api(side, 'GET', `/api/matches/${matchId}/meetings`)).status).toBe(404);
    }
  });

  it('books, accepts, reschedules and cancels between the two sides, and a stranger learns nothing', async () => {
    const { maker, makerColleague, certifier, stranger, makerOrg, certifierOrg } = cast;
    const matchId = await mutualMatch(server, maker, makerOrg, certifier, certifierOrg);
    const certifierHeard = record(await peers.socket(certifier), 'meeting:updated');
    const makerHeard = record(await peers.socket(maker), 'meeting:updated');
    const strangerHeard = record(await peers.socket(stranger), 'meeting:updated');

    const strangerTry = await propose(stranger, matchId);
    expect(strangerTry.status).toBe(404);
    expect(strangerTry.body).toEqual((await propose(stranger, randomUUID())).body);

    const proposed = await propose(maker, matchId);
    expect(proposed.status).toBe(201);
    const meeting = proposed.body;
    expect(meeting).toMatchObject({ scope: { kind: 'match', matchId }, status: 'proposed', canAccept: false, agenda: [] });
    await waitFor(() => certifierHeard.length === 1, 'the other side to hear of the proposal');
    expect(certifierHeard[0]).toMatchObject({ id: meeting.id, canAccept: true });

    // Both organisations' people see it; the colleague may accept for the maker's side, the proposer may not.
    for (const person of [certifier, makerColleague]) {
      expect((await api<MeetingView[]>(person, 'GET', `/api/matches/${matchId}/meetings`)).body.map((entry) => entry.id)).toEqual([meeting.id]);
      expect((await api<MeetingDetail>(person, 'GET', `/api/meetings/${meeting.id}`)).body).toMatchObject({ canAccept: true, notes: 'write' });
    }
    expect((await api(maker, 'POST', `/api/meetings/${meeting.id}/accept`, { slotId: meeting.slots[0].id })).status).toBe(403);

    // A stranger: 404 on every path, a refused notes socket, nothing upcoming, no push.
    const mid = `/api/meetings/${meeting.id}`;
    for (const [method, path, body] of [
      ['GET', `/api/matches/${matchId}/meetings`],
      ['GET', mid],
      ['POST', `${mid}/accept`, { slotId: meeting.slots[0].id }],
      ['POST', `${mid}/reschedule`, { slots: slotsAhead(5) }],
      ['POST', `${mid}/cancel`],
    ] as const) {
      expect((await api(stranger, method, path, body)).status, `${method} ${path}`).toBe(404);
    }
    expect((await calendar(stranger, meeting.id)).status).toBe(404);
    expect(await upgradeStatus(`${server.wsUrl}/collab/${meeting.notesDoc}?token=${stranger.token}`)).toBe(403);
    expect((await api<MeetingView[]>(stranger, 'GET', '/api/meetings/upcoming')).body).toEqual([]);

    // The certifier accepts the later time: the earlier one is released, the maker hears it live.
    const accepted = await api(certifier, 'POST', `${mid}/accept`, { slotId: meeting.slots[1].id });
    expect(accepted.body).toMatchObject({ status: 'confirmed', slots: [meeting.slots[1]], confirmed: meeting.slots[1], acceptedBy: { id: certifier.user.id } });
    await waitFor(() => makerHeard.some((entry) => entry.status === 'confirmed'), 'the maker to hear of the acceptance');
    expect((await api(makerColleague, 'POST', `${mid}/accept`, { slotId: meeting.slots[0].id })).status).toBe(409);
    expect((await api<MeetingView[]>(maker, 'GET', '/api/meetings/upcoming')).body.map((entry) => entry.id)).toContain(meeting.id);
    expect(await (await calendar(certifier, meeting.id)).text()).toMatch(/METHOD:REQUEST[\s\S]*LOCATION:Hong Kong Science Park/);

    // Both sides write the notes and see each other's words.
    const makerNotes = await peers.doc(maker, meeting.notesDoc);
    const certifierNotes = await peers.doc(certifier, meeting.notesDoc);
    certifierNotes.text.insert(0, 'Bring the CE file. ');
    await waitFor(() => makerNotes.text.toString().includes('Bring the CE file.'), 'the maker to see the certifier’s note');

    // The maker moves it: proposed again, the certifier picks again (and hears it live).
    const moved = await api(maker, 'POST', `${mid}/reschedule`, { slots: slotsAhead(6, 7) });
    expect(moved.body).toMatchObject({ status: 'proposed', confirmed: null, sequence: 2, canAccept: false });
    await waitFor(() => certifierHeard.some((entry) => entry.sequence === 2 && entry.canAccept), 'the certifier to see the new times');
    expect((await api(certifier, 'GET', mid)).body.slots.map((slot) => slot.start)).toEqual(moved.body.slots.map((slot) => slot.start));

    const cancelled = await api(certifier, 'POST', `${mid}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 3 });
    await waitFor(() => makerHeard.some((entry) => entry.status === 'cancelled'), 'the maker to hear of the cancellation');
    expect((await api(maker, 'POST', `${mid}/reschedule`, { slots: slotsAhead(8) })).status).toBe(409);
    expect(strangerHeard).toEqual([]);
  });
});
