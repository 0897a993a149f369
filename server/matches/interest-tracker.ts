// Outreach and answers around the workflow: before a first expression of interest on a match,
// the organisation's weekly allowance is checked (429 `outreach_limited` past it, with when it
// frees up); after a change, the ask is recorded, or the open ask it answers is closed.
import { ErrorCode } from '../../shared/protocol.ts';
import type { OutreachAllowance } from '../../shared/schemas/match-trust.ts';
import type { MatchSide } from '../../shared/schemas/matches.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../http/index.ts';
import type { InterestLedger } from './interest-ledger.ts';
import type { MatchRecord } from './match-repository.ts';
import { allowanceOf, OUTREACH_WINDOW_MS, type OutreachLimits } from './outreach-limit.ts';

const otherSide = (side: MatchSide): MatchSide => (side === 'need' ? 'offer' : 'need');
const orgOf = (match: MatchRecord, side: MatchSide) => (side === 'need' ? match.needOrgId : match.offerOrgId);

/** Is `side` expressing interest first (the other side has not), which counts as outreach? */
export function isAsk(match: MatchRecord, side: MatchSide): boolean {
  return !match.interest[side] && !match.interest[otherSide(side)] && match.state !== 'declined';
}

export class InterestTracker {
  constructor(
    private readonly deps: {
      ledger: InterestLedger;
      limits: OutreachLimits;
      /** The weekly limit of an organisation an admin has not set one for. */
      defaultPerWeek: number;
      clock: Clock;
    },
  ) {}

  async allowance(orgId: string): Promise<OutreachAllowance> {
    const now = this.deps.clock();
    const [own, askTimes] = await Promise.all([
      this.deps.limits.perWeekOf(orgId),
      this.deps.ledger.askTimesOf(orgId, new Date(now.getTime() - OUTREACH_WINDOW_MS)),
    ]);
    return allowanceOf(orgId, own ?? this.deps.defaultPerWeek, askTimes, now);
  }

  /** Throws 429 when (a limit of 0 means none) `side` would express interest first and its organisation has none left this week. */
  async checkAllowed(match: MatchRecord, side: MatchSide): Promise<void> {
    if (!isAsk(match, side)) return;
    const allowance = await this.allowance(orgOf(match, side));
    if (allowance.limit === 0 || allowance.left > 0) return;
    throw new AppError(ErrorCode.OutreachLimited, `Your organisation has expressed interest ${allowance.used} times this week, its limit; the next is possible at ${allowance.freesAt}`, {
      limit: allowance.limit,
      freesAt: allowance.freesAt,
    });
  }

  /** Records what a stored workflow change by `side` means for asks. */
  async changed(before: MatchRecord, after: MatchRecord, side: MatchSide): Promise<void> {
    const at = after.updatedAt;
    if (after.interest[side] && isAsk(before, side)) {
      await this.deps.ledger.recordAsk({ matchId: after._id, askerSide: side, askerOrgId: orgOf(after, side), answererOrgId: orgOf(after, otherSide(side)), askedAt: at });
    } else if (after.interest[side] && !before.interest[side]) {
      await this.deps.ledger.close(after._id, 'interest', at, otherSide(side));
    } else if (after.state === 'declined' && before.state !== 'declined') {
      await this.deps.ledger.close(after._id, 'decline', at, otherSide(side));
      await this.deps.ledger.close(after._id, 'withdrawn', at, side);
    }
  }
}
