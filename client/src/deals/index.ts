// Deal rooms on the client: my deals (live) and opening a deal; the room itself (editors, board,
// comments, history) is loaded lazily from DealRoomPage.svelte.
export { default as DealsPage } from './DealsPage.svelte';
export { openDealFromMatch } from './deals-api.ts';
export { default as WorkingLanguageSelect } from './WorkingLanguageSelect.svelte';
export { activityText, type ActivityLookups } from './history/activity-text.ts';
export { stageLabel, statusLabel } from './deal-labels.ts';
