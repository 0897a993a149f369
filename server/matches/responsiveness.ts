// How quickly an organisation answers interest, from its answer history: the median time to an
// answer once it has answered enough asks to say, and whether it lets most interest expire.
import type { ResponsivenessView } from '../../shared/schemas/match-trust.ts';
import type { AnswerHistory } from './interest-ledger.ts';

/** Answered asks an organisation needs before its median is shown. */
export const MIN_ANSWERED_SHOWN = 5;
/** Closed asks (answered or expired) before letting interest expire can lower its rank. */
export const MIN_CLOSED_RANKED = 5;
const HOUR_MS = 3_600_000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function expiredShareOf(history: AnswerHistory): number {
  const closed = history.answerTimes.length + history.expired;
  return closed === 0 ? 0 : history.expired / closed;
}

/** The figure shown on the organisation's cards; null until it has answered enough. */
export function responsivenessOf(history: AnswerHistory | undefined): ResponsivenessView | null {
  if (!history || history.answerTimes.length < MIN_ANSWERED_SHOWN) return null;
  const middle = median(history.answerTimes) ?? 0;
  return { medianHours: Math.round((middle / HOUR_MS) * 10) / 10, answered: history.answerTimes.length, expiredShare: Math.round(expiredShareOf(history) * 100) / 100 };
}

/** Lets most interest expire, over enough history to be fair. */
export function isUnresponsive(history: AnswerHistory | undefined): boolean {
  if (!history) return false;
  return history.answerTimes.length + history.expired >= MIN_CLOSED_RANKED && expiredShareOf(history) > 0.5;
}
