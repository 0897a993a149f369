// Who belongs to which organisation, with what role: one record per (organisation, user).
import type { OrgRole } from '../../shared/schemas/orgs.ts';
import { DuplicateKeyError, type IndexSpec, type Store } from '../store/index.ts';

export interface MembershipRecord {
  /** `<orgId>:<userId>`, so a person is a member of an organisation at most once. */
  _id: string;
  orgId: string;
  userId: string;
  role: OrgRole;
  addedBy: string;
  addedAt: Date;
}

export const MEMBERSHIP_INDEXES: IndexSpec[] = [
  { collection: 'memberships', fields: ['userId'] },
  { collection: 'memberships', fields: ['orgId'] },
];

function membershipId(orgId: string, userId: string): string {
  return `${orgId}:${userId}`;
}

export class MembershipRepository {
  constructor(private readonly store: Store) {}

  private get memberships() {
    return this.store.collection<MembershipRecord>('memberships');
  }

  find(orgId: string, userId: string): Promise<MembershipRecord | null> {
    return this.memberships.findOne({ _id: membershipId(orgId, userId) });
  }

  membersOf(orgId: string): Promise<MembershipRecord[]> {
    return this.memberships.find({ orgId }, { sort: { addedAt: 1 } });
  }

  /** Members of any of the organisations, for pushing an event to both sides of a match. */
  membersOfAny(orgIds: readonly string[]): Promise<MembershipRecord[]> {
    return this.memberships.find({ orgId: { $in: [...new Set(orgIds)] } });
  }

  membershipsOf(userId: string): Promise<MembershipRecord[]> {
    return this.memberships.find({ userId }, { sort: { addedAt: 1 } });
  }

  async orgIdsOf(userId: string): Promise<string[]> {
    return (await this.membershipsOf(userId)).map((membership) => membership.orgId);
  }

  /** Adds the member or changes their role; returns true when they were not a member before. */
  async put(input: Omit<MembershipRecord, '_id'>): Promise<boolean> {
    const _id = membershipId(input.orgId, input.userId);
    const changed = await this.memberships.updateOne({ _id }, { $set: { role: input.role } });
    if (changed > 0) return false;
    await this.memberships.updateOne({ _id }, { $set: { ...input } }, { upsert: true });
    return true;
  }

  /** Adds the member unless they already are one (whatever their role); true when added. */
  async putIfAbsent(input: Omit<MembershipRecord, '_id'>): Promise<boolean> {
    try {
      await this.memberships.insertOne({ _id: membershipId(input.orgId, input.userId), ...input });
      return true;
    } catch (error) {
      if (error instanceof DuplicateKeyError) return false;
      throw error;
    }
  }

  async remove(orgId: string, userId: string): Promise<boolean> {
    return (await this.memberships.deleteMany({ _id: membershipId(orgId, userId) })) > 0;
  }

  countOwners(orgId: string): Promise<number> {
    return this.memberships.count({ orgId, role: 'owner' });
  }
}
