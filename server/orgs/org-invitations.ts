// Joining an organisation by invitation: an owner invites by e-mail (the answer is only
// "invitation sent"), the invitee becomes a member only by accepting, and owners list and take
// back what they sent. Every step is in the organisation's activity trail.
import type { Lang } from '../../shared/taxonomy/index.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { SentInvitationView } from '../../shared/schemas/invitations.ts';
import type { OrgRole } from '../../shared/schemas/orgs.ts';
import type { ActivityLog, StoredActivityDataOf } from '../activity/index.ts';
import type { UserRepository } from '../auth/index.ts';
import type { InvitationJoiner, InvitationRecord, InvitationService } from '../invitations/index.ts';
import { userRoom, type AppSocketServer } from '../realtime/index.ts';
import type { MembershipRepository } from './membership-repository.ts';
import type { OrgRecord, OrgRepository } from './org-repository.ts';
import { orgViewFor } from './org-view.ts';

export interface OrgInvitationDeps {
  invitations: InvitationService;
  memberships: MembershipRepository;
  activity: ActivityLog;
  orgs: OrgRepository;
  users: UserRepository;
  io: AppSocketServer;
}

const KINDS = ['org'] as const;

export class OrgInvitations implements InvitationJoiner {
  constructor(private readonly deps: OrgInvitationDeps) {
    deps.invitations.register('org', this);
  }

  /** Invites `email` (whoever uses it, or will) to join with `role`. */
  async invite(owner: PublicUser, org: OrgRecord, email: string, role: OrgRole, lang?: Lang): Promise<SentInvitationView> {
    const sent = await this.deps.invitations.send(owner, { kind: 'org', targetId: org._id, email, orgId: null, role, owner: false, lang }, org.name);
    await this.record(owner, org._id, { action: 'org.member-invited', before: null, after: { invitationId: sent.id, email, role } });
    return sent;
  }

  sent(orgId: string): Promise<SentInvitationView[]> {
    return this.deps.invitations.sentFor(KINDS, orgId);
  }

  async revoke(owner: PublicUser, orgId: string, invitationId: string): Promise<SentInvitationView> {
    return this.deps.invitations.revoke(owner, KINDS, orgId, invitationId);
  }

  async accept(invitation: InvitationRecord, user: PublicUser, claim: () => Promise<void>): Promise<void> {
    await claim();
    const orgId = invitation.targetId;
    const role = invitation.role as OrgRole;
    // Someone already a member keeps their role: an invitation never demotes (or promotes) them.
    const joined = await this.deps.memberships.putIfAbsent({ orgId, userId: user.id, role, addedBy: invitation.invitedBy, addedAt: new Date() });
    if (!joined) return;
    await this.record(user, orgId, { action: 'org.member-joined', before: null, after: { userId: user.id, role, invitationId: invitation._id } });
    const org = await this.deps.orgs.find(orgId);
    if (org) this.deps.io.to(userRoom(user.id)).emit('org:joined', await orgViewFor(org, user.id, this.deps));
  }

  async closed(invitation: InvitationRecord, by: PublicUser): Promise<void> {
    const action = invitation.state === 'revoked' ? 'org.invitation-revoked' : 'org.invitation-declined';
    await this.record(by, invitation.targetId, { action, before: { invitationId: invitation._id, email: invitation.email, role: invitation.role }, after: null });
  }

  private async record(user: PublicUser, orgId: string, change: StoredActivityDataOf<'org'>): Promise<void> {
    const subject = { type: 'org', id: orgId, listingIds: [], orgIds: [orgId] };
    await this.deps.activity.append({ actorId: user.id, actingOrgId: orgId, at: new Date(), subject, ...change });
  }
}
