// Invitations feature (client): what waits for my answer, an e-mailed link's landing page, and what
// an organisation or deal sent.
export { default as PendingInvitations } from './PendingInvitations.svelte';
export { default as SentInvitations } from './SentInvitations.svelte';
export { isInvitationSent } from './invitations-api.ts';
export { default as InviteLanding } from './InviteLanding.svelte';
export { default as InvitationLangField } from './InvitationLangField.svelte';
