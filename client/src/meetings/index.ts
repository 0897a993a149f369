// Meetings in the client: a deal room's or a mutual match's meetings, Home's upcoming meetings,
// and times in the profile's zone. (The meeting page, with the notes editor, is loaded on its own.)
export { default as MatchMeetingsPage } from './MatchMeetingsPage.svelte';
export { default as MeetingsView } from './MeetingsView.svelte';
export { default as UpcomingMeetings } from './UpcomingMeetings.svelte';
export { browserTimeZone, formatInZone } from './zoned-time.ts';
