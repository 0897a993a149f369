// The weekly outreach allowance: how many matches an organisation may express interest in first
// over any rolling seven days, how many it has left, and when the next one frees up.
import type { OutreachAllowance } from '../../shared/schemas/match-trust.ts';
import { windowAllowance } from '../rolling-window.ts';
import type { Store } from '../store/index.ts';

export const OUTREACH_WINDOW_MS = 7 * 24 * 3_600_000;
export const DEFAULT_INTEREST_PER_WEEK = 20;

/** The allowance given the organisation's asks within the window (oldest first) and its limit. */
export function allowanceOf(orgId: string, limit: number, askTimes: readonly Date[], now: Date): OutreachAllowance {
  return { orgId, ...windowAllowance(limit, askTimes, now, OUTREACH_WINDOW_MS) };
}

interface OutreachLimitRecord {
  /** The organisation's id. */
  _id: string;
  perWeek: number;
}

/** Limits instance admins set for single organisations, over the configured default. */
export class OutreachLimits {
  constructor(private readonly store: Store) {}

  private get limits() {
    return this.store.collection<OutreachLimitRecord>('outreach_limits');
  }

  /** The organisation's own limit; null when it has the default. */
  async perWeekOf(orgId: string): Promise<number | null> {
    return (await this.limits.findOne({ _id: orgId }))?.perWeek ?? null;
  }

  /** null goes back to the default. */
  async set(orgId: string, perWeek: number | null): Promise<void> {
    if (perWeek === null) await this.limits.deleteMany({ _id: orgId });
    else await this.limits.updateOne({ _id: orgId }, { $set: { perWeek } }, { upsert: true });
  }
}
