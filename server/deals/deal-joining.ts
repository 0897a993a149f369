// Someone joining a deal after accepting: stored, applied at once to the documents' open sockets,
// recorded, pushed to the room and to the newcomer, and the dashboards told.
import { formatDocName } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { DealMemberData } from '../../shared/schemas/activity-data.ts';
import type { DealRole } from '../../shared/schemas/deals.ts';
import { systemClock, type Clock } from '../clock.ts';
import { userRoom, type AppSocketServer } from '../realtime/index.ts';
import { DuplicateKeyError } from '../store/index.ts';
import type { DealActivity } from './deal-activity.ts';
import { dealRoom } from './deal-events.ts';
import type { DealMemberRecord, DealMemberRepository } from './deal-member-repository.ts';
import type { DealPresenter } from './deal-presenter.ts';
import type { DealRecord } from './deal-repository.ts';

export interface DealJoiningDeps {
  members: DealMemberRepository;
  presenter: DealPresenter;
  activity: DealActivity;
  io: AppSocketServer;
  /** Re-checks the open collaboration sockets of a document. */
  refreshDocAccess: (docName: string) => Promise<void>;
  /** Membership changed: the dashboards of the deal's managers need the new row. */
  onMembershipChanged?: (dealId: string) => void;
  /** When memberships are dated (default: the system clock). */
  clock?: Clock;
}

export interface JoiningTerms {
  role: DealRole;
  orgId: string | null;
  /** The side an adviser advises. */
  advises?: string | null;
  owner: boolean;
  invitedBy: string;
}

/** A membership as the trail records it. */
export function memberSnapshot(member: DealMemberRecord): DealMemberData {
  return { userId: member.userId, role: member.role, orgId: member.orgId, owner: member.owner, editGrants: member.editGrants };
}

export async function refreshDealDocs(refresh: (docName: string) => Promise<void>, dealId: string): Promise<void> {
  await refresh(formatDocName('dossier', dealId));
  await refresh(formatDocName('board', dealId));
}

/** Adds the user with these terms; null when they were already a member (nothing changes then). */
export async function joinDeal(deps: DealJoiningDeps, deal: DealRecord, user: PublicUser, terms: JoiningTerms): Promise<DealMemberRecord | null> {
  let member: DealMemberRecord;
  try {
    member = await deps.members.insert({ dealId: deal._id, userId: user.id, role: terms.role, orgId: terms.orgId, ...(terms.advises ? { advises: terms.advises } : {}), owner: terms.owner, editGrants: [], addedBy: terms.invitedBy, addedAt: (deps.clock ?? systemClock)() });
  } catch (error) {
    if (error instanceof DuplicateKeyError) return null;
    throw error;
  }
  await refreshDealDocs(deps.refreshDocAccess, deal._id);
  await deps.activity.record({ actor: user, deal, action: 'deal.member-joined', actingOrgId: terms.orgId, before: null, after: memberSnapshot(member) });
  const members = await deps.members.membersOf(deal._id);
  deps.io.to(dealRoom(deal._id)).emit('deal:updated', await deps.presenter.view(deal, members));
  deps.io.to(userRoom(user.id)).emit('deal:added', await deps.presenter.viewFor(deal, members, member));
  deps.onMembershipChanged?.(deal._id);
  return member;
}
