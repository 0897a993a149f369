// Invitations feature: nobody joins an organisation or a deal, and no organisation a deal,
// without accepting. Records and their lifecycle; the features of the targets register what
// accepting does (joiners) and send through the service.
export { INVITATION_INDEXES, InvitationRepository, type InvitationRecord } from './invitation-repository.ts';
export { InvitationService, type InvitationJoiner, type InviteeDirectory } from './invitation-service.ts';
export type { InvitationNames } from './invitation-views.ts';
export { invitationRoutes } from './routes.ts';
