// Who may read a deal now: its members who have accepted the current NDA (every member when none
// is required). Notifications about a deal, and managers' dashboard rows, reach only them, so
// nothing of the room is told to a member still in front of the NDA.
import { ndaPending } from './deal-guard.ts';
import type { DealMemberRecord, DealMemberRepository } from './deal-member-repository.ts';
import type { DealRepository } from './deal-repository.ts';

export class DealReaders {
  constructor(
    private readonly deals: DealRepository,
    private readonly members: DealMemberRepository,
  ) {}

  async membersOf(dealId: string): Promise<DealMemberRecord[]> {
    const [deal, members] = await Promise.all([this.deals.find(dealId), this.members.membersOf(dealId)]);
    return deal ? members.filter((member) => !ndaPending(deal, member)) : [];
  }

  /** The deals this user manages and may read now. */
  async managedDealIds(userId: string): Promise<string[]> {
    const managed = await this.members.managedBy(userId);
    const deals = new Map((await this.deals.findMany(managed.map((member) => member.dealId))).map((deal) => [deal._id, deal]));
    return managed.flatMap((member) => {
      const deal = deals.get(member.dealId);
      return deal && !ndaPending(deal, member) ? [member.dealId] : [];
    });
  }
}
