// An organisation joins a deal only with its consent: a deal naming an organisation its creator
// does not belong to asks that organisation (a `deal-org` invitation to all its members); it takes
// part once one of them accepts (joining as a party for it) and drops out if one declines or the
// owner takes the invitation back. Until then it is only listed as invited: no dashboard figures,
// no sign-offs, no party acting for it.
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { AppError, NotFoundError } from '../http/index.ts';
import type { InvitationJoiner, InvitationRecord, InvitationService } from '../invitations/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { DealActivity } from './deal-activity.ts';
import { dealRoom } from './deal-events.ts';
import { joinDeal, type DealJoiningDeps } from './deal-joining.ts';
import type { DealRecord, DealRepository } from './deal-repository.ts';

export interface DealConsentDeps extends DealJoiningDeps {
  deals: DealRepository;
  invitations: InvitationService;
  activity: DealActivity;
  io: AppSocketServer;
  /** A deal's row changed (an organisation joined or dropped out). */
  onDealChanged?: (dealId: string) => void;
  /** Organisations joined deals: the match counts of their managers' dashboards change. */
  onOrgsJoined?: (orgIds: readonly string[]) => void;
}

export const pendingOrgsOf = (deal: DealRecord): string[] => deal.pendingOrgIds ?? [];

export class DealConsent implements InvitationJoiner {
  constructor(private readonly deps: DealConsentDeps) {
    deps.invitations.register('deal-org', this);
  }

  /** Asks each organisation the deal is waiting for; called once the deal is stored. */
  async askPendingOrgs(creator: PublicUser, deal: DealRecord): Promise<void> {
    for (const orgId of pendingOrgsOf(deal)) {
      await this.deps.invitations.send(creator, { kind: 'deal-org', targetId: deal._id, email: null, orgId, role: 'party', owner: false }, deal.title);
      await this.deps.activity.record({ actor: creator, deal, action: 'deal.org-invited', before: null, after: { orgId } });
    }
  }

  /** Moves the pending organisation into the deal, accepted by `by` (a member of it). */
  async admit(deal: DealRecord, orgId: string, by: PublicUser): Promise<DealRecord> {
    if (!(await this.deps.deals.admitOrg(deal._id, orgId, new Date()))) return (await this.deps.deals.find(deal._id)) ?? deal;
    const admitted: DealRecord = { ...deal, orgIds: [...deal.orgIds, orgId], pendingOrgIds: pendingOrgsOf(deal).filter((id) => id !== orgId) };
    await this.deps.activity.record({ actor: by, deal: admitted, action: 'deal.org-joined', actingOrgId: orgId, before: null, after: { orgId } });
    this.deps.onDealChanged?.(deal._id);
    this.deps.onOrgsJoined?.([orgId]);
    return admitted;
  }

  /** A member of the invited organisation accepts: it joins, and they join as its party. */
  async accept(invitation: InvitationRecord, user: PublicUser, claim: () => Promise<void>): Promise<void> {
    const deal = await this.deps.deals.find(invitation.targetId);
    const orgId = invitation.orgId;
    if (!deal || !orgId) throw new NotFoundError('Deal');
    if (!pendingOrgsOf(deal).includes(orgId)) throw new AppError(ErrorCode.Conflict, 'This deal is no longer waiting for this organisation');
    await claim();
    const admitted = await this.admit(deal, orgId, user);
    const joined = await joinDeal(this.deps, admitted, user, { role: 'party', orgId, owner: false, invitedBy: invitation.invitedBy });
    // Already a member (say an adviser): the organisation's joining still changes what the room shows.
    if (!joined) await this.announce(admitted);
  }

  /** Declined by a member, or taken back by the owner: the organisation drops out of the deal. */
  async closed(invitation: InvitationRecord, by: PublicUser): Promise<void> {
    const deal = await this.deps.deals.find(invitation.targetId);
    if (!deal || !invitation.orgId || !(await this.deps.deals.dropPendingOrg(deal._id, invitation.orgId, new Date()))) return;
    const dropped: DealRecord = { ...deal, pendingOrgIds: pendingOrgsOf(deal).filter((id) => id !== invitation.orgId) };
    const action = invitation.state === 'revoked' ? 'deal.org-invitation-revoked' : 'deal.org-declined';
    await this.deps.activity.record({ actor: by, deal: dropped, action, before: { orgId: invitation.orgId }, after: null });
    await this.announce(dropped);
    this.deps.onDealChanged?.(deal._id);
  }

  private async announce(deal: DealRecord): Promise<void> {
    this.deps.io.to(dealRoom(deal._id)).emit('deal:updated', await this.deps.presenter.view(deal, await this.deps.members.membersOf(deal._id)));
  }
}
