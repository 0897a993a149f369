// Moderation in the client: the "Report" action on others' listings and the admins' panel.
export { default as ModerationPanel } from './ModerationPanel.svelte';
export { default as ReportSpam } from './ReportSpam.svelte';
