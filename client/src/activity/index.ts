// Activity trails on the client: a reusable, filterable, paged trail view (the deal room's and
// the organisation page's), its state, and the organisation's trail.
export { dealTrail } from './activity-api.ts';
export { ActivityFeed } from './activity-feed.svelte.ts';
export { default as ActivityTrail } from './ActivityTrail.svelte';
export { default as OrgActivity } from './OrgActivity.svelte';
export { DEAL_FAMILIES, familyChoices } from './trail-actions.ts';
