// Orgs feature: organisations, their profiles, members and roles.
export { MembershipRepository, MEMBERSHIP_INDEXES, type MembershipRecord } from './membership-repository.ts';
export { OrgInvitations } from './org-invitations.ts';
export { OrgRepository, type OrgRecord } from './org-repository.ts';
export { OrgService } from './org-service.ts';
export { toOrgBrief, toOrgView } from './org-view.ts';
export { orgRoutes } from './routes.ts';
