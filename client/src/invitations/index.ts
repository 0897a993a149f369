// Invitations feature (client): what waits for my answer, and what an organisation or deal sent.
export { default as PendingInvitations } from './PendingInvitations.svelte';
export { default as SentInvitations } from './SentInvitations.svelte';
export { isInvitationSent } from './invitations-api.ts';
