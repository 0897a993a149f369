// REST calls for meetings: a deal's meetings, propose, accept, reschedule, cancel, my upcoming
// ones, and the address of a meeting's calendar file.
import type { MeetingView, ProposeMeetingBody } from '../../../shared/schemas/meetings.ts';
import type { ApiClient } from '../lib/api-client.ts';

const meetingPath = (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}`;
const dealMeetingsPath = (dealId: string) => `/deals/${encodeURIComponent(dealId)}/meetings`;

export function listDealMeetings(api: ApiClient, dealId: string): Promise<MeetingView[]> {
  return api.get<MeetingView[]>(dealMeetingsPath(dealId));
}

export function proposeDealMeeting(api: ApiClient, dealId: string, body: ProposeMeetingBody): Promise<MeetingView> {
  return api.post<MeetingView>(dealMeetingsPath(dealId), body);
}

export function upcomingMeetings(api: ApiClient): Promise<MeetingView[]> {
  return api.get<MeetingView[]>('/meetings/upcoming');
}

export function acceptSlot(api: ApiClient, meetingId: string, slotId: string): Promise<MeetingView> {
  return api.post<MeetingView>(`${meetingPath(meetingId)}/accept`, { slotId });
}

export function cancelMeeting(api: ApiClient, meetingId: string): Promise<MeetingView> {
  return api.post<MeetingView>(`${meetingPath(meetingId)}/cancel`);
}

/** Where the browser downloads the invitation (the session cookie authenticates it). */
export function calendarHref(meetingId: string): string {
  return `/api${meetingPath(meetingId)}/calendar.ics`;
}
