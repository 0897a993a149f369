// Membership checks shared by every deal-room command: people outside a deal get 404 (its
// existence is not revealed), members whose role does not allow the command get 403.
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { ForbiddenError, NotFoundError } from '../http/index.ts';
import type { DealMemberRecord, DealMemberRepository } from './deal-member-repository.ts';
import type { DealRecord, DealRepository } from './deal-repository.ts';

export interface DealMembership {
  deal: DealRecord;
  member: DealMemberRecord;
}

export class DealGuard {
  constructor(
    private readonly deals: DealRepository,
    private readonly members: DealMemberRepository,
  ) {}

  /** The deal and the caller's membership; 404 when either is missing. */
  async member(user: PublicUser, dealId: string): Promise<DealMembership> {
    const [deal, member] = await Promise.all([this.deals.find(dealId), this.members.find(dealId, user.id)]);
    if (!deal || !member) throw new NotFoundError('Deal');
    return { deal, member };
  }

  /** As member(), then 403 with `message` unless `allowed` holds for the membership. */
  async require(user: PublicUser, dealId: string, allowed: (member: DealMemberRecord) => boolean, message: string): Promise<DealMembership> {
    const found = await this.member(user, dealId);
    if (!allowed(found.member)) throw new ForbiddenError(message);
    return found;
  }
}
