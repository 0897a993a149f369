// The rules around the ranking as plain functions: decline reasons in the workflow, exclusions in
// both directions, the weekly outreach arithmetic, the median answer time, re-ranking by past
// declines and unanswered interest, and the masking of an anonymous party's figures.
import { describe, expect, it } from 'vitest';
import { responsivenessAsSeen } from '../../shared/anonymity.ts';
import { pairExcluded } from '../../server/matches/exclusion-policy.ts';
import type { ExclusionRecord, ExclusionTarget } from '../../server/matches/exclusion-repository.ts';
import { isAsk } from '../../server/matches/interest-tracker.ts';
import { suggestedMatch, type MatchRecord } from '../../server/matches/match-repository.ts';
import { applyCommand } from '../../server/matches/match-workflow.ts';
import { allowanceOf, OUTREACH_WINDOW_MS } from '../../server/matches/outreach-limit.ts';
import { adjusted, alike, similarDeclines, type ListingTraits } from '../../server/matches/ranking-adjustments.ts';
import { isUnresponsive, median, responsivenessOf } from '../../server/matches/responsiveness.ts';

const HOUR = 3_600_000;

function entry(orgId: string, target: ExclusionTarget): ExclusionRecord {
  return { _id: `${orgId}:x`, key: `${orgId}:x`, orgId, target, source: 'manual', createdBy: 'u', createdAt: new Date() };
}

function match(overrides: Partial<MatchRecord> = {}): MatchRecord {
  const pair = { needListingId: 'n1', offerListingId: 'o1', needOrgId: 'A', offerOrgId: 'B', score: 0.8, reasons: [] };
  return { ...suggestedMatch(pair, new Date()), ...overrides };
}

describe('declining with a reason', () => {
  it('stores the reason with the decline, and none for an older client', () => {
    expect(applyCommand(match(), 'need', { type: 'decline', reason: 'competitor' })).toMatchObject({ state: 'declined', declinedBy: 'need', declineReason: 'competitor' });
    expect(applyCommand(match(), 'offer', { type: 'decline', reason: null })).toMatchObject({ state: 'declined', declinedBy: 'offer', declineReason: null });
  });
});

describe('exclusion lists', () => {
  const drones = { orgId: 'A', sectors: ['drones'] };
  const lab = { orgId: 'B', sectors: ['testing-certification'] };

  it('keep a named organisation apart whichever side made the entry', () => {
    const byA = [entry('A', { type: 'org', orgId: 'B', viaListingId: null })];
    expect(pairExcluded(byA, drones, lab)).toBe(true);
    expect(pairExcluded(byA, lab, drones)).toBe(true);
    expect(pairExcluded(byA, drones, { orgId: 'C', sectors: ['testing-certification'] })).toBe(false);
  });

  it('keep a sector and its sub-sectors apart from the excluder, in both directions', () => {
    const byB = [entry('B', { type: 'sector', sector: 'low-altitude' })];
    expect(pairExcluded(byB, drones, lab)).toBe(true);
    expect(pairExcluded(byB, lab, drones)).toBe(true);
    expect(pairExcluded(byB, { orgId: 'C', sectors: ['fintech'] }, lab)).toBe(false);
    // Another organisation's listing in the sector is not kept from a third party.
    expect(pairExcluded(byB, drones, { orgId: 'C', sectors: ['testing-certification'] })).toBe(false);
  });
});

describe('the weekly outreach allowance', () => {
  const now = new Date('2030-01-08T12:00:00Z');
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);

  it('counts only expressions within the rolling week', () => {
    const allowance = allowanceOf('A', 3, [ago(24 * 8), ago(24 * 6), ago(1)], now);
    expect(allowance).toMatchObject({ limit: 3, used: 2, left: 1 });
    expect(allowance.freesAt).toBe(new Date(ago(24 * 6).getTime() + OUTREACH_WINDOW_MS).toISOString());
  });

  it('at the limit, frees up when enough of the oldest leave the week', () => {
    const times = [ago(100), ago(50), ago(10), ago(5)];
    const allowance = allowanceOf('A', 2, times, now);
    expect(allowance).toMatchObject({ used: 4, left: 0 });
    // Three of four must leave for one to be free again: the third oldest.
    expect(allowance.freesAt).toBe(new Date(ago(10).getTime() + OUTREACH_WINDOW_MS).toISOString());
    expect(allowanceOf('A', 5, [], now)).toMatchObject({ used: 0, left: 5, freesAt: null });
  });

  it('counts an expression as outreach only when the other side has not shown interest', () => {
    expect(isAsk(match(), 'need')).toBe(true);
    expect(isAsk(match({ state: 'interested', interest: { need: false, offer: true } }), 'need')).toBe(false);
    expect(isAsk(match({ state: 'declined' }), 'need')).toBe(false);
  });
});

describe('responsiveness', () => {
  it('takes the median of answer times', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is shown once five asks were answered', () => {
    const four = { answerTimes: [1, 2, 3, 4].map((h) => h * HOUR), expired: 0 };
    expect(responsivenessOf(four)).toBeNull();
    expect(responsivenessOf({ answerTimes: [...four.answerTimes, 30 * HOUR], expired: 5 })).toEqual({ medianHours: 3, answered: 5, expiredShare: 0.5 });
  });

  it('calls an organisation unresponsive when most of enough closed asks expired', () => {
    expect(isUnresponsive({ answerTimes: [HOUR], expired: 3 })).toBe(false);
    expect(isUnresponsive({ answerTimes: [HOUR, HOUR], expired: 3 })).toBe(true);
    expect(isUnresponsive({ answerTimes: [HOUR, HOUR, HOUR], expired: 3 })).toBe(false);
  });

  it('shows an unnamed party’s figures only coarsely', () => {
    const figure = { medianHours: 30.5, answered: 6, expiredShare: 0.33 };
    expect(responsivenessAsSeen(figure, true)).toEqual(figure);
    expect(responsivenessAsSeen(figure, false)).toEqual({ medianHours: 72, answered: 6, expiredShare: 0.3 });
    expect(responsivenessAsSeen({ ...figure, medianHours: 900 }, false).medianHours).toBe(336);
  });
});

describe('re-ranking by what organisations did', () => {
  const declined: ListingTraits = { orgId: 'X', kind: 'offer', category: 'professional-service', sectors: ['testing-certification'] };

  it('finds alike listings: the same organisation, or the same category in a related sector', () => {
    expect(alike({ ...declined, orgId: 'Y' }, declined)).toBe(true);
    expect(alike({ ...declined, sectors: ['fintech'] }, declined)).toBe(true);
    expect(alike({ orgId: 'Y', kind: 'offer', category: 'professional-service', sectors: ['fintech'] }, declined)).toBe(false);
    expect(alike({ orgId: 'Y', kind: 'offer', category: 'technology', sectors: ['testing-certification'] }, declined)).toBe(false);
    expect(similarDeclines({ ...declined, orgId: 'Y' }, [declined, declined, { ...declined, category: 'technology', orgId: 'Z' }])).toBe(2);
  });

  it('lowers the score per similar decline and says so, last among the reasons', () => {
    const ranked = { score: 0.8, reasons: [{ code: 'text' as const, weight: 0.5, params: { code: 'text' as const, terms: [] } }] };
    const result = adjusted(ranked, { declinedSimilar: [{ by: 'need', count: 3 }], unresponsive: ['offer'] });
    expect(result.score).toBeCloseTo(0.8 * 0.9 ** 3 * 0.8, 3);
    expect(result.reasons.map((reason) => reason.params)).toEqual([
      { code: 'text', terms: [] },
      { code: 'declined-similar', by: 'need', count: 3 },
      { code: 'unresponsive', side: 'offer' },
    ]);
    expect(adjusted(ranked, { declinedSimilar: [{ by: 'need', count: 0 }], unresponsive: [] })).toEqual(ranked);
  });
});
