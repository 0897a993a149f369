// Meetings feature: proposals of up to five times from a deal room or a mutual match, the one
// accepted, reschedules and cancellations, pushed live to the people taking part; iCalendar
// invitations per meeting; co-edited notes (`meeting:<id>`) that start with the agenda.
export { meetingCalendar, meetingUid } from './meeting-calendar.ts';
export { meetingNotes, meetingNotesAccessResolver } from './meeting-notes.ts';
export { MeetingMailer } from './meeting-mailer.ts';
export { meetingReminders, type MeetingReminderPorts } from './meeting-reminders.ts';
export { MeetingPresenter } from './meeting-presenter.ts';
export { MeetingPusher } from './meeting-pusher.ts';
export { MeetingRepository, MEETING_INDEXES } from './meeting-repository.ts';
export { MeetingService, type MeetingObserver, type MeetingScopes, type ScopeView } from './meeting-service.ts';
export { meetingRoutes, scopedMeetingRoutes } from './routes.ts';
export { acceptableSlots } from './slot-rules.ts';
