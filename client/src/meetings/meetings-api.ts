// REST calls for meetings: a scope's (deal room's or mutual match's) meetings, propose, one
// meeting with my access to its notes, accept, reschedule, cancel, my upcoming ones, and the
// address of a meeting's calendar file.
import type { MeetingDetail, MeetingScope, MeetingView, ProposeMeetingBody, RescheduleMeetingBody } from '../../../shared/schemas/meetings.ts';
import type { ApiClient } from '../lib/api-client.ts';

const meetingPath = (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}`;
const scopePath = (scope: MeetingScope) =>
  scope.kind === 'deal' ? `/deals/${encodeURIComponent(scope.dealId)}/meetings` : `/matches/${encodeURIComponent(scope.matchId)}/meetings`;

export function listMeetings(api: ApiClient, scope: MeetingScope): Promise<MeetingView[]> {
  return api.get<MeetingView[]>(scopePath(scope));
}

export function proposeMeeting(api: ApiClient, scope: MeetingScope, body: ProposeMeetingBody): Promise<MeetingView> {
  return api.post<MeetingView>(scopePath(scope), body);
}

export function getMeeting(api: ApiClient, meetingId: string): Promise<MeetingDetail> {
  return api.get<MeetingDetail>(meetingPath(meetingId));
}

export function upcomingMeetings(api: ApiClient): Promise<MeetingView[]> {
  return api.get<MeetingView[]>('/meetings/upcoming');
}

export function acceptSlot(api: ApiClient, meetingId: string, slotId: string): Promise<MeetingView> {
  return api.post<MeetingView>(`${meetingPath(meetingId)}/accept`, { slotId });
}

export function rescheduleMeeting(api: ApiClient, meetingId: string, body: RescheduleMeetingBody): Promise<MeetingView> {
  return api.post<MeetingView>(`${meetingPath(meetingId)}/reschedule`, body);
}

export function cancelMeeting(api: ApiClient, meetingId: string): Promise<MeetingView> {
  return api.post<MeetingView>(`${meetingPath(meetingId)}/cancel`);
}

/** Where the browser downloads the invitation (the session cookie authenticates it). */
export function calendarHref(meetingId: string): string {
  return `/api${meetingPath(meetingId)}/calendar.ics`;
}
