// Deal membership commands: the owner invites people by e-mail (they join by accepting), changes
// members' roles and removes them; anyone may leave; a party lets an adviser edit. Every change is
// stored, applied at once to open collaboration sockets and Socket.IO rooms, recorded and pushed.
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { AddDealMemberBody, DealDetail, DealDoc, DealRole } from '../../shared/schemas/deals.ts';
import type { SentInvitationView } from '../../shared/schemas/invitations.ts';
import type { UserRepository } from '../auth/index.ts';
import { AppError, NotFoundError } from '../http/index.ts';
import type { InvitationJoiner, InvitationRecord, InvitationService } from '../invitations/index.ts';
import type { MembershipRepository } from '../orgs/index.ts';
import { userRoom, type AppSocketServer } from '../realtime/index.ts';
import type { DealActivity } from './deal-activity.ts';
import { pendingOrgsOf, type DealConsent } from './deal-consent.ts';
import { dealRoom, leaveDealRoom } from './deal-events.ts';
import type { DealGuard } from './deal-guard.ts';
import { joinDeal, memberSnapshot, refreshDealDocs } from './deal-joining.ts';
import type { DealMemberRecord, DealMemberRepository } from './deal-member-repository.ts';
import type { DealPresenter } from './deal-presenter.ts';
import type { DealRecord, DealRepository } from './deal-repository.ts';
import { canManageMembers } from './deal-roles.ts';

export interface DealMembershipDeps {
  deals: DealRepository;
  members: DealMemberRepository;
  guard: DealGuard;
  users: UserRepository;
  orgMemberships: MembershipRepository;
  presenter: DealPresenter;
  activity: DealActivity;
  io: AppSocketServer;
  /** Re-checks the open collaboration sockets of a document (closes 4403 / downgrades live). */
  refreshDocAccess: (docName: string) => Promise<void>;
  /** Membership changed: the dashboards of its managers (and of `removedUserId`) need the new row. */
  onMembershipChanged?: (dealId: string, removedUserId?: string) => void;
  /** Sends, lists and takes back invitations (and tells the invitees). */
  invitations: InvitationService;
  /** Lets a pending organisation in when a party accepting for it joins. */
  consent: Pick<DealConsent, 'admit'>;
}

const OWNER_ONLY = 'Only an owner of the deal manages its members';
const PARTY_ORG = 'A party acts for one of the deal\'s organisations';
const ADVISED_ORG = 'An adviser advises one of the deal\'s organisations';
const INVITATION_KINDS = ['deal', 'deal-org'] as const;

/** The side an adviser advises after a change: the organisation named (one of the deal's), else the one they had. */
function advisedOrg(deal: DealRecord, named: string | undefined, current: DealMemberRecord): string | null {
  if (named === undefined) return current.advises ?? null;
  if (!deal.orgIds.includes(named)) throw new AppError(ErrorCode.BadRequest, ADVISED_ORG);
  return named;
}

export class DealMembershipService implements InvitationJoiner {
  constructor(private readonly deps: DealMembershipDeps) {
    deps.invitations.register('deal', this);
  }

  /**
   * Changes an existing member, or invites someone new: they join only by accepting, and the owner
   * is told only "invitation sent", whether or not an account uses the e-mail.
   */
  async add(user: PublicUser, dealId: string, body: AddDealMemberBody): Promise<{ deal: DealDetail } | { invitation: SentInvitationView }> {
    const { deal } = await this.deps.guard.require(user, dealId, canManageMembers, OWNER_ONLY);
    const invitee = await this.deps.users.findByEmail(body.email);
    const current = invitee ? await this.deps.members.find(dealId, invitee._id) : null;
    if (!current) return { invitation: await this.invite(user, deal, body) };
    return { deal: await this.change(user, deal, current, body) };
  }

  /** Invitations the deal sent, to people and to organisations (owners only), newest first. */
  async invitationsSent(user: PublicUser, dealId: string): Promise<SentInvitationView[]> {
    await this.deps.guard.require(user, dealId, canManageMembers, OWNER_ONLY);
    return this.deps.invitations.sentFor(INVITATION_KINDS, dealId);
  }

  async revokeInvitation(user: PublicUser, dealId: string, invitationId: string): Promise<SentInvitationView> {
    await this.deps.guard.require(user, dealId, canManageMembers, OWNER_ONLY);
    return this.deps.invitations.revoke(user, INVITATION_KINDS, dealId, invitationId);
  }

  /** The invitee accepts: they join with the role offered, and a pending organisation they act for joins with them. */
  async accept(invitation: InvitationRecord, user: PublicUser, claim: () => Promise<void>): Promise<void> {
    const deal = await this.deps.deals.find(invitation.targetId);
    if (!deal) throw new NotFoundError('Deal');
    const role = invitation.role as DealRole;
    const orgId = role === 'party' ? await this.acceptedPartyOrg(deal, user.id, invitation.orgId) : null;
    // An adviser invited to advise an organisation that has since left the deal joins with no side.
    const advises = role === 'adviser' && invitation.orgId && deal.orgIds.includes(invitation.orgId) ? invitation.orgId : null;
    await claim();
    const joining = orgId && pendingOrgsOf(deal).includes(orgId) ? await this.deps.consent.admit(deal, orgId, user) : deal;
    await joinDeal(this.deps, joining, user, { role, orgId, advises, owner: invitation.owner, invitedBy: invitation.invitedBy });
  }

  async closed(invitation: InvitationRecord, by: PublicUser): Promise<void> {
    const deal = await this.deps.deals.find(invitation.targetId);
    if (!deal) return;
    const action = invitation.state === 'revoked' ? 'deal.invitation-revoked' : 'deal.invitation-declined';
    await this.deps.activity.record({ actor: by, deal, action, before: { invitationId: invitation._id, email: invitation.email, role: invitation.role }, after: null });
  }

  // Checked against the deal only: whether the invitee belongs to the organisation is theirs to
  // show when accepting, so the owner learns nothing about the e-mail's account.
  private async invite(user: PublicUser, deal: DealRecord, body: AddDealMemberBody): Promise<SentInvitationView> {
    // For an adviser the invitation's organisation is the side they will advise.
    const orgId = body.role === 'manager' ? null : (body.orgId ?? null);
    if (orgId && ![...deal.orgIds, ...pendingOrgsOf(deal)].includes(orgId)) throw new AppError(ErrorCode.BadRequest, body.role === 'party' ? PARTY_ORG : ADVISED_ORG);
    const sent = await this.deps.invitations.send(user, { kind: 'deal', targetId: deal._id, email: body.email, orgId, role: body.role, owner: body.owner ?? false, lang: body.lang }, deal.title);
    await this.deps.activity.record({ actor: user, deal, action: 'deal.member-invited', before: null, after: { invitationId: sent.id, email: body.email, role: body.role, orgId } });
    return sent;
  }

  private async change(user: PublicUser, deal: DealRecord, current: DealMemberRecord, body: AddDealMemberBody): Promise<DealDetail> {
    const orgId = body.role === 'party' ? await this.partyOrg(deal, current.userId, body.orgId ?? current.orgId ?? undefined) : null;
    const owner = body.owner ?? current.owner;
    if (current.owner && !owner) await this.keepAnOwner(deal._id);
    const editGrants = body.role === 'adviser' ? current.editGrants : [];
    const advises = body.role === 'adviser' ? advisedOrg(deal, body.orgId, current) : null;
    await this.deps.members.update(deal._id, current.userId, { role: body.role, orgId, owner, editGrants, advises });
    const after: DealMemberRecord = { ...current, role: body.role, orgId, owner, editGrants, advises };
    await this.refreshDocs(deal._id);
    await this.deps.activity.record({ actor: user, deal, action: 'deal.member-changed', before: memberSnapshot(current), after: memberSnapshot(after) });
    const detail = await this.announce(user, deal);
    this.deps.io.to(userRoom(current.userId)).emit('deal:added', await this.deps.presenter.viewFor(deal, await this.deps.members.membersOf(deal._id), after));
    this.deps.onMembershipChanged?.(deal._id);
    return detail;
  }

  /** The organisation an accepting party acts for: the one the invitation names, which they must belong to. */
  private async acceptedPartyOrg(deal: DealRecord, userId: string, named: string | null): Promise<string | null> {
    if (!named) return this.partyOrg(deal, userId, undefined);
    if (![...deal.orgIds, ...pendingOrgsOf(deal)].includes(named)) throw new AppError(ErrorCode.Conflict, 'The organisation this invitation names no longer takes part in the deal');
    if (!(await this.deps.orgMemberships.find(named, userId))) {
      throw new AppError(ErrorCode.Conflict, 'This invitation asks you to act for an organisation you are not a member of; ask the deal’s owner to invite you again');
    }
    return named;
  }

  /** Owners remove anyone; a member may remove themselves (NDA accepted or not). Their sockets are cut at once. */
  async remove(user: PublicUser, dealId: string, userId: string): Promise<void> {
    const { deal } = userId === user.id ? await this.deps.guard.memberBeforeNda(user, dealId) : await this.deps.guard.require(user, dealId, canManageMembers, OWNER_ONLY);
    const member = await this.deps.members.find(dealId, userId);
    if (!member) throw new NotFoundError('Member');
    if (member.owner) await this.keepAnOwner(dealId);
    await this.deps.members.remove(dealId, userId);
    // Membership is gone from the store before sockets are re-checked, so the re-check closes them.
    await this.refreshDocs(dealId);
    leaveDealRoom(this.deps.io, userId, dealId);
    this.deps.io.to(userRoom(userId)).emit('deal:removed', { dealId });
    await this.deps.activity.record({ actor: user, deal, action: 'deal.member-removed', before: memberSnapshot(member), after: null });
    const members = await this.deps.members.membersOf(dealId);
    this.deps.io.to(dealRoom(dealId)).emit('deal:updated', await this.deps.presenter.view(deal, members));
    this.deps.onMembershipChanged?.(dealId, userId);
  }

  /** A party lets an adviser edit the given documents (their writes stop being dropped, live). */
  async grantEdit(user: PublicUser, dealId: string, userId: string, docs: DealDoc[]): Promise<DealDetail> {
    return this.changeGrants(user, dealId, userId, (grants) => [...new Set([...grants, ...docs])], 'deal.edit-granted');
  }

  /** A party (or an owner) takes an adviser's edit grants back; their writes are dropped again. */
  async revokeEdit(user: PublicUser, dealId: string, userId: string, docs: DealDoc[]): Promise<DealDetail> {
    return this.changeGrants(user, dealId, userId, (grants) => grants.filter((doc) => !docs.includes(doc)), 'deal.edit-revoked');
  }

  private async changeGrants(user: PublicUser, dealId: string, userId: string, change: (grants: DealDoc[]) => DealDoc[], action: 'deal.edit-granted' | 'deal.edit-revoked'): Promise<DealDetail> {
    const { deal, member: actor } = await this.deps.guard.require(
      user,
      dealId,
      (member) => member.role === 'party' || (action === 'deal.edit-revoked' && member.owner),
      'Only a party can let an adviser edit',
    );
    const adviser = await this.deps.members.find(dealId, userId);
    if (!adviser) throw new NotFoundError('Member');
    if (adviser.role !== 'adviser') throw new AppError(ErrorCode.Conflict, 'Only advisers need an edit grant; parties edit and managers only read');
    const editGrants = change(adviser.editGrants);
    await this.deps.members.update(dealId, userId, { editGrants });
    await this.refreshDocs(dealId);
    await this.deps.activity.record({ actor: user, deal, action, actingOrgId: actor.orgId, before: memberSnapshot(adviser), after: memberSnapshot({ ...adviser, editGrants }) });
    return this.announce(user, deal);
  }

  /**
   * The organisation a party acts for: the one named (it must be the deal's, and the person must
   * belong to it, so nobody is made to sign for a company they are not part of), else the only
   * deal organisation they belong to, else none.
   */
  private async partyOrg(deal: DealRecord, userId: string, named: string | undefined): Promise<string | null> {
    if (named !== undefined) {
      if (!deal.orgIds.includes(named)) throw new AppError(ErrorCode.BadRequest, PARTY_ORG);
      if (!(await this.deps.orgMemberships.find(named, userId))) {
        throw new AppError(ErrorCode.BadRequest, 'This person is not a member of that organisation, so cannot act for it');
      }
      return named;
    }
    const theirs = new Set(await this.deps.orgMemberships.orgIdsOf(userId));
    const candidates = deal.orgIds.filter((orgId) => theirs.has(orgId));
    return candidates.length === 1 ? candidates[0] : null;
  }

  // Checked before the change; two owners demoting each other at the same instant could both
  // pass, which an owner can repair by re-adding, so no lock is taken (as for organisations).
  private async keepAnOwner(dealId: string): Promise<void> {
    if ((await this.deps.members.countOwners(dealId)) <= 1) {
      throw new AppError(ErrorCode.Conflict, 'A deal needs at least one owner; make someone else owner first');
    }
  }

  private refreshDocs(dealId: string): Promise<void> {
    return refreshDealDocs(this.deps.refreshDocAccess, dealId);
  }

  private async announce(user: PublicUser, deal: DealRecord): Promise<DealDetail> {
    const members = await this.deps.members.membersOf(deal._id);
    const detail = await this.deps.presenter.detail(deal, members, user.id);
    this.deps.io.to(dealRoom(deal._id)).emit('deal:updated', stripViewer(detail));
    return detail;
  }
}

function stripViewer(detail: DealDetail) {
  const { me: _me, can: _can, ...view } = detail;
  return view;
}
