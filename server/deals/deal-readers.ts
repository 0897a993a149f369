// Who may read a deal now: its members who have accepted the current NDA (every member when none
// is required). Notifications about a deal reach only them, so nothing of the room is told to a
// member still in front of the NDA.
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
}
