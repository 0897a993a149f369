// Deal membership: one record per (deal, user) with the role, the organisation a party acts
// for, the owner flag, and the documents a party has let an adviser edit.
import type { DealDoc, DealRole } from '../../shared/schemas/deals.ts';
import type { IndexSpec, Store } from '../store/index.ts';

export interface DealMemberRecord {
  /** `<dealId>:<userId>`, so a person is a member of a deal at most once. */
  _id: string;
  dealId: string;
  userId: string;
  role: DealRole;
  orgId: string | null;
  owner: boolean;
  editGrants: DealDoc[];
  addedBy: string;
  addedAt: Date;
  /** The NDA version this member last accepted (absent: none). */
  ndaAccepted?: number;
  /** The party organisation (side) an adviser advises and acts for in Q&A; absent or null: none. */
  advises?: string | null;
}

export type MemberChanges = Partial<Pick<DealMemberRecord, 'role' | 'orgId' | 'owner' | 'editGrants' | 'ndaAccepted' | 'advises'>>;

export const DEAL_MEMBER_INDEXES: IndexSpec[] = [
  { collection: 'deal_members', fields: ['dealId'] },
  { collection: 'deal_members', fields: ['userId'] },
];

export function dealMemberId(dealId: string, userId: string): string {
  return `${dealId}:${userId}`;
}

export class DealMemberRepository {
  constructor(private readonly store: Store) {}

  private get members() {
    return this.store.collection<DealMemberRecord>('deal_members');
  }

  find(dealId: string, userId: string): Promise<DealMemberRecord | null> {
    return this.members.findOne({ _id: dealMemberId(dealId, userId) });
  }

  membersOf(dealId: string): Promise<DealMemberRecord[]> {
    return this.members.find({ dealId }, { sort: { addedAt: 1 } });
  }

  async dealIdsOf(userId: string): Promise<string[]> {
    return (await this.members.find({ userId })).map((member) => member.dealId);
  }

  /** Members of many deals at once (of every deal when `dealIds` is null), in no particular order. */
  membersOfMany(dealIds: readonly string[] | null): Promise<DealMemberRecord[]> {
    return this.members.find(dealIds ? { dealId: { $in: [...dealIds] } } : {});
  }

  /** Deals the user is a manager on. */
  async managedDealIds(userId: string): Promise<string[]> {
    return (await this.managedBy(userId)).map((member) => member.dealId);
  }

  /** The user's memberships as a manager. */
  managedBy(userId: string): Promise<DealMemberRecord[]> {
    return this.members.find({ userId, role: 'manager' });
  }

  async insert(member: Omit<DealMemberRecord, '_id'>): Promise<DealMemberRecord> {
    const record: DealMemberRecord = { _id: dealMemberId(member.dealId, member.userId), ...member };
    await this.members.insertOne(record);
    return record;
  }

  async update(dealId: string, userId: string, changes: MemberChanges): Promise<void> {
    await this.members.updateOne({ _id: dealMemberId(dealId, userId) }, { $set: changes });
  }

  async remove(dealId: string, userId: string): Promise<boolean> {
    return (await this.members.deleteMany({ _id: dealMemberId(dealId, userId) })) > 0;
  }

  countOwners(dealId: string): Promise<number> {
    return this.members.count({ dealId, owner: true });
  }
}
