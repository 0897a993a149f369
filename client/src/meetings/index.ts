// Meetings in the client: the deal room's Meetings tab, Home's upcoming meetings, and times in the profile's zone.
export { default as MeetingsView } from './MeetingsView.svelte';
export { default as UpcomingMeetings } from './UpcomingMeetings.svelte';
export { browserTimeZone, formatInZone } from './zoned-time.ts';
