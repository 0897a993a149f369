// Organisations on the client: my organisations (live), create, profile pages with members.
export { getMyOrgs, MyOrgs, setMyOrgs } from './my-orgs.svelte.ts';
export { orgName } from './org-name.ts';
export { default as NewOrgPage } from './NewOrgPage.svelte';
export { default as OrgPage } from './OrgPage.svelte';
export { default as OrgsPage } from './OrgsPage.svelte';
