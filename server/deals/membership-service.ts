// Deal membership commands: the owner adds members by e-mail (or changes their role) and removes
// them; anyone may leave; a party lets an adviser edit. Every change is stored, applied at once to
// open collaboration sockets and Socket.IO rooms, recorded and pushed.
import { formatDocName } from '../../shared/doc-names.ts';
import { ErrorCode, type PublicUser } from '../../shared/protocol.ts';
import type { AddDealMemberBody, DealDetail, DealDoc } from '../../shared/schemas/deals.ts';
import type { UserRepository } from '../auth/index.ts';
import { AppError, NotFoundError } from '../http/errors.ts';
import type { Logger } from '../logger.ts';
import type { NotificationPort } from '../notifications/notification-port.ts';
import { notifyQuietly } from '../notifications/notify-quietly.ts';
import type { MembershipRepository } from '../orgs/index.ts';
import { userRoom, type AppSocketServer } from '../realtime/index.ts';
import type { DealActivity } from './deal-activity.ts';
import { dealRoom, leaveDealRoom } from './deal-events.ts';
import type { DealGuard } from './deal-guard.ts';
import type { DealMemberRecord, DealMemberRepository } from './deal-member-repository.ts';
import type { DealPresenter } from './deal-presenter.ts';
import type { DealRecord } from './deal-repository.ts';
import { canManageMembers } from './deal-roles.ts';

export interface DealMembershipDeps {
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
  /** Tells a newly added member they were invited; absent = nobody is told. */
  notifications?: NotificationPort;
  logger: Logger;
}

const OWNER_ONLY = 'Only an owner of the deal manages its members';

function snapshot(member: DealMemberRecord | null) {
  return member ? { userId: member.userId, role: member.role, orgId: member.orgId, owner: member.owner, editGrants: member.editGrants } : null;
}

export class DealMembershipService {
  constructor(private readonly deps: DealMembershipDeps) {}

  /** Adds a member or changes an existing one; `created` tells which. */
  async add(user: PublicUser, dealId: string, body: AddDealMemberBody): Promise<{ deal: DealDetail; created: boolean }> {
    const { deal } = await this.deps.guard.require(user, dealId, canManageMembers, OWNER_ONLY);
    const invitee = await this.deps.users.findByEmail(body.email);
    if (!invitee) throw new AppError(ErrorCode.NotFound, 'No account uses this e-mail yet; ask them to sign up first');
    const current = await this.deps.members.find(dealId, invitee._id);
    const orgId = body.role === 'party' ? await this.partyOrg(deal, invitee._id, body.orgId ?? current?.orgId ?? undefined) : null;
    const owner = body.owner ?? current?.owner ?? false;
    if (current?.owner && !owner) await this.keepAnOwner(dealId);
    const editGrants = body.role === 'adviser' ? (current?.editGrants ?? []) : [];
    let after: DealMemberRecord;
    if (current) {
      await this.deps.members.update(dealId, invitee._id, { role: body.role, orgId, owner, editGrants });
      after = { ...current, role: body.role, orgId, owner, editGrants };
    } else {
      after = await this.deps.members.insert({ dealId, userId: invitee._id, role: body.role, orgId, owner, editGrants, addedBy: user.id, addedAt: new Date() });
    }
    await this.refreshDocs(dealId);
    const action = current ? 'deal.member-changed' : 'deal.member-added';
    await this.deps.activity.record({ actor: user, deal, action, before: snapshot(current), after: snapshot(after) });
    const detail = await this.announce(user, deal);
    this.deps.io.to(userRoom(invitee._id)).emit('deal:added', stripViewer(detail));
    this.deps.onMembershipChanged?.(dealId);
    if (!current) await this.invited(user, deal, invitee._id, body.role);
    return { deal: detail, created: !current };
  }

  /** Owners remove anyone; a member may remove themselves. Their sockets are cut at once. */
  async remove(user: PublicUser, dealId: string, userId: string): Promise<void> {
    const { deal } = userId === user.id ? await this.deps.guard.member(user, dealId) : await this.deps.guard.require(user, dealId, canManageMembers, OWNER_ONLY);
    const member = await this.deps.members.find(dealId, userId);
    if (!member) throw new NotFoundError('Member');
    if (member.owner) await this.keepAnOwner(dealId);
    await this.deps.members.remove(dealId, userId);
    // Membership is gone from the store before sockets are re-checked, so the re-check closes them.
    await this.refreshDocs(dealId);
    leaveDealRoom(this.deps.io, userId, dealId);
    this.deps.io.to(userRoom(userId)).emit('deal:removed', { dealId });
    await this.deps.activity.record({ actor: user, deal, action: 'deal.member-removed', before: snapshot(member), after: null });
    const members = await this.deps.members.membersOf(dealId);
    this.deps.io.to(dealRoom(dealId)).emit('deal:updated', await this.deps.presenter.view(deal, members));
    this.deps.onMembershipChanged?.(dealId, userId);
  }

  private invited(user: PublicUser, deal: DealRecord, inviteeId: string, role: string): Promise<void> {
    const subject = { kind: 'deal' as const, id: deal._id, dealId: deal._id, title: deal.title };
    return notifyQuietly(this.deps.notifications, { type: 'deal.invitation', recipientIds: [inviteeId], subject, actor: { id: user.id, name: user.name }, data: { role } }, this.deps.logger);
  }

  /** A party lets an adviser edit the given documents (their writes stop being dropped, live). */
  async grantEdit(user: PublicUser, dealId: string, userId: string, docs: DealDoc[]): Promise<DealDetail> {
    return this.changeGrants(user, dealId, userId, (grants) => [...new Set([...grants, ...docs])], 'deal.edit-granted');
  }

  /** A party (or an owner) takes an adviser's edit grants back; their writes are dropped again. */
  async revokeEdit(user: PublicUser, dealId: string, userId: string, docs: DealDoc[]): Promise<DealDetail> {
    return this.changeGrants(user, dealId, userId, (grants) => grants.filter((doc) => !docs.includes(doc)), 'deal.edit-revoked');
  }

  private async changeGrants(user: PublicUser, dealId: string, userId: string, change: (grants: DealDoc[]) => DealDoc[], action: string): Promise<DealDetail> {
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
    await this.deps.activity.record({ actor: user, deal, action, actingOrgId: actor.orgId, before: snapshot(adviser), after: snapshot({ ...adviser, editGrants }) });
    return this.announce(user, deal);
  }

  /**
   * The organisation a party acts for: the one named (it must be the deal's, and the person must
   * belong to it, so nobody is made to sign for a company they are not part of), else the only
   * deal organisation they belong to, else none.
   */
  private async partyOrg(deal: DealRecord, userId: string, named: string | undefined): Promise<string | null> {
    if (named !== undefined) {
      if (!deal.orgIds.includes(named)) throw new AppError(ErrorCode.BadRequest, 'A party acts for one of the deal\'s organisations');
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

  private async refreshDocs(dealId: string): Promise<void> {
    await this.deps.refreshDocAccess(formatDocName('dossier', dealId));
    await this.deps.refreshDocAccess(formatDocName('board', dealId));
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
