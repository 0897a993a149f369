// What a meeting card says about a meeting's state. The server keeps three statuses; "rescheduled"
// is a proposed meeting that has changed since it was first proposed (only a reschedule takes a
// meeting back to proposed, and every change bumps `sequence`), so the others know to look again.
import { scopeKeyOf, type MeetingScope, type MeetingStatus, type MeetingView } from '../../../shared/schemas/meetings.ts';

export type ShownMeetingState = MeetingStatus | 'rescheduled';

export function shownState(meeting: Pick<MeetingView, 'status' | 'sequence'>): ShownMeetingState {
  return meeting.status === 'proposed' && meeting.sequence > 0 ? 'rescheduled' : meeting.status;
}

export function sameScope(a: MeetingScope, b: MeetingScope): boolean {
  return scopeKeyOf(a) === scopeKeyOf(b);
}
