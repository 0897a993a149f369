// Organisation commands: create, read, edit the profile, invite, change and remove members.
// Owners manage the profile and members (newcomers join only by accepting an invitation); any
// member may leave; an organisation always keeps one owner. Every change is in the activity trail.
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { SentInvitationView } from '../../shared/schemas/invitations.ts';
import type { AddOrgMemberBody, CreateOrgBody, OrgView, UpdateOrgBody } from '../../shared/schemas/orgs.ts';
import { changedFields, type ActivityLog, type StoredActivityDataOf } from '../activity/index.ts';
import type { UserRepository } from '../auth/index.ts';
import { AppError, ForbiddenError, NotFoundError } from '../http/index.ts';
import { userRoom, type AppSocketServer } from '../realtime/index.ts';
import type { MembershipRecord, MembershipRepository } from './membership-repository.ts';
import type { OrgInvitations } from './org-invitations.ts';
import type { OrgRecord, OrgRepository } from './org-repository.ts';
import { orgViewFor } from './org-view.ts';

export interface OrgServiceDeps {
  orgs: OrgRepository;
  /** Sends, lists and takes back the organisation's invitations. */
  invitations: Pick<OrgInvitations, 'invite' | 'sent' | 'revoke'>;
  memberships: MembershipRepository;
  users: UserRepository;
  io: AppSocketServer;
  activity: ActivityLog;
  /** Called after a profile edit, so listings can be re-indexed with the new region or certifications. */
  onProfileChanged?: (org: OrgRecord) => Promise<void>;
}

export class OrgService {
  constructor(private readonly deps: OrgServiceDeps) {}

  async create(user: PublicUser, body: CreateOrgBody): Promise<OrgView> {
    const now = new Date();
    const org: OrgRecord = { _id: randomUUID(), ...body, createdBy: user.id, createdAt: now, updatedAt: now };
    await this.deps.orgs.insert(org);
    await this.deps.memberships.put({ orgId: org._id, userId: user.id, role: 'owner', addedBy: user.id, addedAt: now });
    await this.record(user, org._id, { action: 'org.created', before: null, after: { name: org.name, region: org.region, sectors: org.sectors } });
    return this.view(org, user.id);
  }

  async get(user: PublicUser, id: string): Promise<OrgView> {
    return this.view(await this.existing(id), user.id);
  }

  async listMine(user: PublicUser): Promise<OrgView[]> {
    const memberships = await this.deps.memberships.membershipsOf(user.id);
    const orgs = await this.deps.orgs.findMany(memberships.map((membership) => membership.orgId));
    const found = memberships.flatMap((membership) => orgs.get(membership.orgId) ?? []);
    return Promise.all(found.map((org) => this.view(org, user.id)));
  }

  async update(user: PublicUser, id: string, changes: UpdateOrgBody): Promise<OrgView> {
    const org = await this.existing(id);
    await this.requireOwner(user, id);
    const updatedAt = new Date();
    await this.deps.orgs.update(id, changes, updatedAt);
    const updated: OrgRecord = { ...org, ...changes, updatedAt };
    const changed = changedFields(org, changes);
    if (changed) await this.record(user, id, { action: 'org.updated', ...changed });
    await this.deps.onProfileChanged?.(updated);
    return this.view(updated, user.id);
  }

  /**
   * Changes a member's role, or invites someone who is not a member: they join only by accepting,
   * and the owner learns nothing but "invitation sent", whether or not an account uses the e-mail.
   */
  async addMember(user: PublicUser, id: string, body: AddOrgMemberBody): Promise<{ org: OrgView } | { invitation: SentInvitationView }> {
    const org = await this.existing(id);
    await this.requireOwner(user, id);
    const member = await this.deps.users.findByEmail(body.email);
    const current = member ? await this.deps.memberships.find(id, member._id) : null;
    if (!member || !current) return { invitation: await this.deps.invitations.invite(user, org, body.email, body.role, body.lang) };
    if (current.role === 'owner' && body.role !== 'owner') await this.keepAnOwner(id);
    await this.deps.memberships.put({ orgId: id, userId: member._id, role: body.role, addedBy: user.id, addedAt: new Date() });
    await this.record(user, id, { action: 'org.member-changed', before: { userId: member._id, role: current.role }, after: { userId: member._id, role: body.role } });
    this.deps.io.to(userRoom(member._id)).emit('org:joined', await this.view(org, member._id));
    return { org: await this.view(org, user.id) };
  }

  /** Invitations the organisation sent (owners only), newest first. */
  async invitationsSent(user: PublicUser, id: string): Promise<SentInvitationView[]> {
    await this.existing(id);
    await this.requireOwner(user, id);
    return this.deps.invitations.sent(id);
  }

  async revokeInvitation(user: PublicUser, id: string, invitationId: string): Promise<SentInvitationView> {
    await this.existing(id);
    await this.requireOwner(user, id);
    return this.deps.invitations.revoke(user, id, invitationId);
  }

  /** Owners remove anyone; members remove themselves (leave). */
  async removeMember(user: PublicUser, id: string, userId: string): Promise<void> {
    await this.existing(id);
    if (userId !== user.id) await this.requireOwner(user, id);
    const membership = await this.deps.memberships.find(id, userId);
    if (!membership) throw new NotFoundError('Member');
    if (membership.role === 'owner') await this.keepAnOwner(id);
    await this.deps.memberships.remove(id, userId);
    await this.record(user, id, { action: userId === user.id ? 'org.member-left' : 'org.member-removed', before: { userId, role: membership.role }, after: null });
    this.deps.io.to(userRoom(userId)).emit('org:left', { orgId: id });
  }

  /** The caller's membership of the organisation; 403 when they have none. */
  async requireMember(user: PublicUser, orgId: string): Promise<MembershipRecord> {
    const membership = await this.deps.memberships.find(orgId, user.id);
    if (!membership) throw new ForbiddenError('You are not a member of this organisation');
    return membership;
  }

  private async requireOwner(user: PublicUser, orgId: string): Promise<void> {
    const membership = await this.requireMember(user, orgId);
    if (membership.role !== 'owner') throw new ForbiddenError('Only an owner of the organisation can do this');
  }

  // Checked before the change; two owners demoting each other at the same instant could still
  // both pass, which an owner can repair by re-adding, so no lock is taken.
  private async keepAnOwner(orgId: string): Promise<void> {
    if ((await this.deps.memberships.countOwners(orgId)) <= 1) {
      throw new AppError(ErrorCode.Conflict, 'An organisation needs at least one owner; make someone else owner first');
    }
  }

  private async record(user: PublicUser, orgId: string, change: StoredActivityDataOf<'org'>): Promise<void> {
    const subject = { type: 'org', id: orgId, listingIds: [], orgIds: [orgId] };
    await this.deps.activity.append({ actorId: user.id, actingOrgId: orgId, at: new Date(), subject, ...change });
  }

  private async existing(id: string): Promise<OrgRecord> {
    const org = await this.deps.orgs.find(id);
    if (!org) throw new NotFoundError('Organisation');
    return org;
  }

  private view(org: OrgRecord, viewerId: string): Promise<OrgView> {
    return orgViewFor(org, viewerId, this.deps);
  }
}
