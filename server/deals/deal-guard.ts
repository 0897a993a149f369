// Membership checks shared by every deal-room command: people outside a deal get 404 (its
// existence is not revealed), members whose role does not allow the command get 403, and members
// who have not accepted the deal's current NDA get 403 `nda_required` — secure by default, so a
// new command is gated unless it asks for memberBeforeNda() by name.
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { AppError, ForbiddenError, NotFoundError } from '../http/index.ts';
import type { DealMemberRecord, DealMemberRepository } from './deal-member-repository.ts';
import type { DealRecord, DealRepository } from './deal-repository.ts';

export interface DealMembership {
  deal: DealRecord;
  member: DealMemberRecord;
}

/** Whether the member still has to accept the deal's current NDA before seeing anything of it. */
export function ndaPending(deal: Pick<DealRecord, 'nda'>, member: Pick<DealMemberRecord, 'ndaAccepted'>): boolean {
  return deal.nda?.required === true && member.ndaAccepted !== deal.nda.version;
}

export class NdaRequiredError extends AppError {
  constructor(deal: DealRecord) {
    super(ErrorCode.NdaRequired, 'Accept the deal’s non-disclosure agreement first', { dealId: deal._id, version: deal.nda?.version ?? null });
  }
}

export class DealGuard {
  constructor(
    private readonly deals: DealRepository,
    private readonly members: DealMemberRepository,
  ) {}

  /** The deal and the caller's membership; 404 when either is missing, 403 nda_required until the NDA is accepted. */
  async member(user: PublicUser, dealId: string): Promise<DealMembership> {
    const found = await this.memberBeforeNda(user, dealId);
    if (ndaPending(found.deal, found.member)) throw new NdaRequiredError(found.deal);
    return found;
  }

  /** As member(), then 403 with `message` unless `allowed` holds for the membership. */
  async require(user: PublicUser, dealId: string, allowed: (member: DealMemberRecord) => boolean, message: string): Promise<DealMembership> {
    const found = await this.member(user, dealId);
    if (!allowed(found.member)) throw new ForbiddenError(message);
    return found;
  }

  /**
   * The membership whether or not the NDA is accepted: only for what a member may do before it
   * (read and accept the NDA, the title it is shown under, leave the deal, an owner publishing).
   */
  async memberBeforeNda(user: PublicUser, dealId: string): Promise<DealMembership> {
    const [deal, member] = await Promise.all([this.deals.find(dealId), this.members.find(dealId, user.id)]);
    if (!deal || !member) throw new NotFoundError('Deal');
    return { deal, member };
  }
}
