// Deals feature: deal records, members and roles, the NDA that gates a room (DealGuard enforces
// it for every command), the access check for `dossier:` and `board:` documents, sign-offs, export, and the activity trail. Comments and history build on these;
// server/wiring/deal-rooms.ts wires them together with comments, history and the pipeline.
export { DealActivity, type DealActivityEntry, type TrailRestriction } from './deal-activity.ts';
export { dealRoom, leaveDealRoom } from './deal-events.ts';
export { DealGuard, NdaRequiredError, ndaPending, type DealMembership } from './deal-guard.ts';
export { DealMemberRepository, DEAL_MEMBER_INDEXES, type DealMemberRecord } from './deal-member-repository.ts';
export { NdaRecord } from './nda/nda-record.ts';
export { NdaRepository, NDA_INDEXES } from './nda/nda-repository.ts';
export { ndaRoutes } from './nda/nda-routes.ts';
export { NdaService } from './nda/nda-service.ts';
export { DealReaders } from './deal-readers.ts';
export { DealPresenter } from './deal-presenter.ts';
export { DealRepository, DEAL_INDEXES, type DealRecord } from './deal-repository.ts';
export {
  canActForSide,
  canApproveFor,
  canComment,
  canDesignateApproversFor,
  canEditDeal,
  canManageMembers,
  canPromoteToFaq,
  canReadQuestions,
  canSignFor,
  docAccessFor,
  sideOf,
} from './deal-roles.ts';
export { dealDocAccessResolver } from './deal-access.ts';
export { DealConsent } from './deal-consent.ts';
export { DealOpening } from './deal-opening.ts';
export { DealService } from './deal-service.ts';
export { DocSizeGuard } from './doc-size-guard.ts';
export { DealExporter } from './export/deal-export.ts';
export { escapeLines } from './export/markdown-inline.ts';
export { exportRoutes } from './export/routes.ts';
export { DealMembershipService } from './membership-service.ts';
export { dealRoutes } from './routes.ts';
export { SignoffRepository, SIGNOFF_INDEXES } from './signoff-repository.ts';
export { signoffRoutes } from './signoff-routes.ts';
export { SignoffService } from './signoff-service.ts';
export { SignoffWatcher } from './signoff-watcher.ts';
export { registerDealSocketHandlers } from './socket-handlers.ts';
