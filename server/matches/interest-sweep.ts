// Unanswered interest over time: an ask left unanswered for `remindAfterMs` is reminded once to
// the other side; one left for `expireAfterMs` expires — the asker's interest is withdrawn (the
// match is back to suggested for both), the ask counts as expired against the answerer, and the
// asker is told. Claims in the ledger make each step happen once across instances.
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { PeriodicSweep } from '../periodic-sweep.ts';
import type { InterestAskRecord, InterestLedger } from './interest-ledger.ts';
import type { MatchAlerts } from './match-alerts.ts';
import type { MatchNotifier } from './match-notifier.ts';
import type { MatchRecord, MatchRepository } from './match-repository.ts';

export interface InterestTiming {
  remindAfterMs: number;
  expireAfterMs: number;
}

const DAY_MS = 24 * 3_600_000;
export const DEFAULT_INTEREST_TIMING: InterestTiming = { remindAfterMs: 3 * DAY_MS, expireAfterMs: 14 * DAY_MS };

export class InterestSweep extends PeriodicSweep {
  constructor(
    private readonly deps: {
      ledger: InterestLedger;
      matches: MatchRepository;
      alerts: MatchAlerts;
      notifier: MatchNotifier;
      timing: InterestTiming;
      clock: Clock;
    },
    intervalMs: number,
    logger: Logger,
  ) {
    super(intervalMs, logger, 'interest reminder sweep failed', deps.clock);
  }

  protected async run(now: number): Promise<void> {
    const at = new Date(now);
    for (const ask of await this.deps.ledger.openAskedBefore(new Date(now - this.deps.timing.expireAfterMs), false)) await this.expire(ask, at);
    for (const ask of await this.deps.ledger.openAskedBefore(new Date(now - this.deps.timing.remindAfterMs), true)) await this.remind(ask, at);
  }

  private async remind(ask: InterestAskRecord, at: Date): Promise<void> {
    const match = await this.deps.matches.find(ask.matchId);
    if (!match || !(await this.deps.ledger.claimReminder(ask._id, at))) return;
    if (!match.hidden && stillAsking(match, ask)) await this.deps.alerts.reminded(match, ask.askerSide);
  }

  private async expire(ask: InterestAskRecord, at: Date): Promise<void> {
    const match = await this.deps.matches.find(ask.matchId);
    if (!match || !stillAsking(match, ask)) {
      await this.deps.ledger.closeOne(ask._id, 'withdrawn', at);
      return;
    }
    if (!(await this.deps.ledger.closeOne(ask._id, 'expired', at))) return;
    const change = { state: 'suggested' as const, interest: { ...match.interest, [ask.askerSide]: false } };
    // A version clash means someone acted on the match just now; their change stands.
    if (!(await this.deps.matches.changeWorkflow(match._id, match.version, change, at))) return;
    const updated: MatchRecord = { ...match, ...change, version: match.version + 1, updatedAt: at };
    await this.deps.notifier.push('match:updated', [updated]);
    if (!match.hidden) await this.deps.alerts.expired(updated, ask.askerSide);
  }
}

/** The match still waits on this ask: interested, the asker's interest in, the other side's not. */
function stillAsking(match: MatchRecord, ask: InterestAskRecord): boolean {
  const other = ask.askerSide === 'need' ? 'offer' : 'need';
  return match.state === 'interested' && match.interest[ask.askerSide] && !match.interest[other];
}
