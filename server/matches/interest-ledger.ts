// Interest one organisation expressed first on a match ("an ask"), and how the other side
// answered it: interest back, a decline, or nothing until it expired. It counts outreach against
// the weekly limit and measures how quickly organisations answer.
import { randomUUID } from 'node:crypto';
import type { MatchSide } from '../../shared/schemas/matches.ts';
import type { IndexSpec, Store } from '../store/index.ts';

/** `withdrawn`: the asker declined it, or the match ended another way; it says nothing about the answerer. */
export type AskOutcome = 'interest' | 'decline' | 'expired' | 'withdrawn';

export interface InterestAskRecord {
  _id: string;
  matchId: string;
  askerSide: MatchSide;
  askerOrgId: string;
  answererOrgId: string;
  askedAt: Date;
  remindedAt: Date | null;
  outcome: AskOutcome | null;
  answeredAt: Date | null;
}

export const INTEREST_ASK_INDEXES: IndexSpec[] = [
  { collection: 'interest_asks', fields: ['askerOrgId', 'askedAt'] },
  { collection: 'interest_asks', fields: ['answererOrgId'] },
  { collection: 'interest_asks', fields: ['matchId'] },
  { collection: 'interest_asks', fields: ['outcome', 'askedAt'] },
];

/** What the answering side did with asks, for its responsiveness. */
export interface AnswerHistory {
  /** Milliseconds from ask to answer, of every answered ask. */
  answerTimes: number[];
  expired: number;
}

export class InterestLedger {
  constructor(private readonly store: Store) {}

  private get asks() {
    return this.store.collection<InterestAskRecord>('interest_asks');
  }

  async recordAsk(ask: Omit<InterestAskRecord, '_id' | 'remindedAt' | 'outcome' | 'answeredAt'>): Promise<void> {
    await this.asks.insertOne({ _id: randomUUID(), ...ask, remindedAt: null, outcome: null, answeredAt: null });
  }

  /** Closes the match's open asks; a no-op when there is none. */
  async close(matchId: string, outcome: AskOutcome, at: Date, askerSide?: MatchSide): Promise<void> {
    const filter: Record<string, unknown> = { matchId, outcome: null };
    if (askerSide) filter.askerSide = askerSide;
    for (const ask of await this.asks.find(filter)) await this.closeOne(ask._id, outcome, at);
  }

  /** Closes one ask unless another instance closed it first; true when this call did. */
  async closeOne(id: string, outcome: AskOutcome, at: Date): Promise<boolean> {
    return (await this.asks.updateOne({ _id: id, outcome: null }, { $set: { outcome, answeredAt: at } })) > 0;
  }

  /** Marks the reminder sent unless another instance did; true when this call did. */
  async claimReminder(id: string, at: Date): Promise<boolean> {
    return (await this.asks.updateOne({ _id: id, outcome: null, remindedAt: null }, { $set: { remindedAt: at } })) > 0;
  }

  /** When the organisation's asks since `since` were made, oldest first. */
  async askTimesOf(orgId: string, since: Date): Promise<Date[]> {
    const asks = await this.asks.find({ askerOrgId: orgId, askedAt: { $gt: since } }, { sort: { askedAt: 1 } });
    return asks.map((ask) => new Date(ask.askedAt));
  }

  /** Open asks made at or before `before`; `unreminded` keeps those not yet reminded. */
  openAskedBefore(before: Date, unreminded: boolean): Promise<InterestAskRecord[]> {
    const filter: Record<string, unknown> = { outcome: null, askedAt: { $lte: before } };
    if (unreminded) filter.remindedAt = null;
    return this.asks.find(filter, { sort: { askedAt: 1 }, limit: 500 });
  }

  /** The organisations' answer histories, by organisation. */
  async historiesOf(orgIds: readonly string[]): Promise<Map<string, AnswerHistory>> {
    const ids = [...new Set(orgIds)];
    const result = new Map<string, AnswerHistory>(ids.map((id) => [id, { answerTimes: [], expired: 0 }]));
    if (ids.length === 0) return result;
    const closed = await this.asks.find({ answererOrgId: { $in: ids }, outcome: { $in: ['interest', 'decline', 'expired'] } });
    for (const ask of closed) {
      const history = result.get(ask.answererOrgId);
      if (!history) continue;
      if (ask.outcome === 'expired') history.expired += 1;
      else if (ask.answeredAt) history.answerTimes.push(new Date(ask.answeredAt).getTime() - new Date(ask.askedAt).getTime());
    }
    return result;
  }
}
