// How an organisation is shown: the public profile, plus members and the viewer's role for members.
import type { OrgBrief, OrgMemberView, OrgRole, OrgView } from '../../shared/schemas/orgs.ts';
import type { UserRecord, UserRepository } from '../auth/index.ts';
import type { MembershipRecord, MembershipRepository } from './membership-repository.ts';
import type { OrgRecord } from './org-repository.ts';

export function toOrgBrief(org: OrgRecord): OrgBrief {
  return { id: org._id, name: org.name, names: org.names, region: org.region };
}

function toMemberView(membership: MembershipRecord, user: UserRecord | undefined): OrgMemberView {
  return {
    userId: membership.userId,
    name: user?.name ?? 'Former user',
    email: user?.email ?? '',
    role: membership.role,
    addedAt: new Date(membership.addedAt).toISOString(),
  };
}

export function toOrgView(
  org: OrgRecord,
  myRole: OrgRole | null,
  members?: { memberships: MembershipRecord[]; users: Map<string, UserRecord> },
): OrgView {
  const view: OrgView = {
    id: org._id,
    name: org.name,
    names: org.names,
    region: org.region,
    sectors: org.sectors,
    capabilities: org.capabilities,
    certifications: org.certifications,
    languages: org.languages,
    size: org.size,
    description: org.description,
    createdAt: new Date(org.createdAt).toISOString(),
    updatedAt: new Date(org.updatedAt).toISOString(),
    myRole,
  };
  if (myRole && members) {
    view.members = members.memberships.map((membership) => toMemberView(membership, members.users.get(membership.userId)));
  }
  return view;
}

/** The organisation as `viewerId` sees it: with members and their role when they belong to it. */
export async function orgViewFor(org: OrgRecord, viewerId: string, sources: { memberships: MembershipRepository; users: UserRepository }): Promise<OrgView> {
  const mine = await sources.memberships.find(org._id, viewerId);
  if (!mine) return toOrgView(org, null);
  const memberships = await sources.memberships.membersOf(org._id);
  const users = await sources.users.findByIds(memberships.map((membership) => membership.userId));
  return toOrgView(org, mine.role, { memberships, users: new Map(users.map((record) => [record._id, record])) });
}
