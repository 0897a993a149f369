// Deals feature: deal records, members and roles, the access check for `dossier:` and `board:`
// documents, sign-offs, export, and the activity trail. Comments and history build on these;
// deal-rooms.ts wires all three together for the app.
export { DealActivity } from './deal-activity.ts';
export { dealRoom, leaveDealRoom } from './deal-events.ts';
export { DealGuard, type DealMembership } from './deal-guard.ts';
export { DealMemberRepository, DEAL_MEMBER_INDEXES, type DealMemberRecord } from './deal-member-repository.ts';
export { DealPresenter } from './deal-presenter.ts';
export { DealRepository, DEAL_INDEXES, type DealRecord } from './deal-repository.ts';
export { canComment, canEditDeal, canManageMembers, canSignFor, docAccessFor } from './deal-roles.ts';
