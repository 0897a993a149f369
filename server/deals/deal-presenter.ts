// Deal records as the API shows them: members with names and e-mails, organisations by name,
// document names, and (for one viewer) their membership and permissions.
import { formatDocName } from '../../shared/doc-names.ts';
import type { DealDetail, DealMemberView, DealView } from '../../shared/schemas/deals.ts';
import type { DealPipelineView } from '../../shared/schemas/pipeline.ts';
import type { UserRecord, UserRepository } from '../auth/index.ts';
import type { OrgRepository } from '../orgs/index.ts';
import type { DealMemberRecord } from './deal-member-repository.ts';
import type { DealRecord } from './deal-repository.ts';
import { ndaPending } from './deal-guard.ts';
import { permissionsOf } from './deal-roles.ts';

export function memberView(member: DealMemberRecord, user: UserRecord | undefined): DealMemberView {
  return {
    userId: member.userId,
    name: user?.name ?? 'Former user',
    email: user?.email ?? '',
    role: member.role,
    orgId: member.orgId,
    advises: member.advises ?? null,
    owner: member.owner,
    editGrants: member.editGrants,
    addedAt: new Date(member.addedAt).toISOString(),
  };
}

/** Reads the pipeline part of a deal's detail (server/pipeline). */
export interface DealPipelineSource {
  viewOf(deal: DealRecord): Promise<DealPipelineView>;
}

export class DealPresenter {
  constructor(
    private readonly users: UserRepository,
    private readonly orgs: OrgRepository,
    private readonly pipeline: DealPipelineSource,
  ) {}

  async view(deal: DealRecord, members: DealMemberRecord[]): Promise<DealView> {
    const [users, orgs] = await Promise.all([
      this.users.findByIds(members.map((member) => member.userId)),
      this.orgs.findMany([...deal.orgIds, ...(deal.pendingOrgIds ?? [])]),
    ]);
    const byId = new Map(users.map((user) => [user._id, user]));
    const orgView = (id: string) => ({ id, name: orgs.get(id)?.name ?? 'Unknown organisation' });
    return {
      id: deal._id,
      title: deal.title,
      type: deal.type,
      lang: deal.lang ?? 'en',
      description: deal.description,
      stage: deal.stage,
      orgs: deal.orgIds.map(orgView),
      invitedOrgs: (deal.pendingOrgIds ?? []).map(orgView),
      matchId: deal.matchId,
      listingIds: deal.listingIds,
      docs: { dossier: formatDocName('dossier', deal._id), board: formatDocName('board', deal._id) },
      members: members.map((member) => memberView(member, byId.get(member.userId))),
      createdBy: deal.createdBy,
      createdAt: new Date(deal.createdAt).toISOString(),
      updatedAt: new Date(deal.updatedAt).toISOString(),
    };
  }

  /**
   * The deal as this member may see it: all of it, or before they accept its NDA only what the
   * NDA screen and the deal list need (title, type, stage, the organisations taking part).
   */
  async viewFor(deal: DealRecord, members: DealMemberRecord[], viewer: DealMemberRecord): Promise<DealView> {
    const view = await this.view(deal, members);
    if (!ndaPending(deal, viewer)) return view;
    return { ...view, description: '', invitedOrgs: [], matchId: null, listingIds: [], members: [], ndaPending: true };
  }

  async detail(deal: DealRecord, members: DealMemberRecord[], viewerId: string): Promise<DealDetail> {
    const [view, pipeline] = await Promise.all([this.view(deal, members), this.pipeline.viewOf(deal)]);
    const mine = members.find((member) => member.userId === viewerId);
    const me = view.members.find((member) => member.userId === viewerId);
    if (!mine || !me) throw new Error(`viewer ${viewerId} is not a member of deal ${deal._id}`);
    return { ...view, me, can: permissionsOf(mine), pipeline };
  }
}
