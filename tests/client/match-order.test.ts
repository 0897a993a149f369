// The inbox's rules: tabs, order, what is new to me, and what I may do next.
import { describe, expect, it } from 'vitest';
import { attentionKey, inboxOrder, isUnseen, nextStep, scorePercent, tabOf } from '../../client/src/matches/match-order.ts';
import type { ListingView } from '../../shared/schemas/listings.ts';
import type { MatchView } from '../../shared/schemas/matches.ts';

function listing(id: string, kind: 'need' | 'offer'): ListingView {
  return {
    id,
    kind,
    category: 'market-entry',
    title: id,
    description: '',
    sectors: ['drones'],
    regions: ['asean'],
    dealSize: null,
    stage: null,
    languages: [],
    certifications: [],
    anonymous: false,
    status: 'active',
    expiresAt: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    teaser: false,
    mine: kind === 'need',
  };
}

function match(overrides: Partial<MatchView> = {}): MatchView {
  return {
    matchId: 'm1',
    state: 'suggested',
    score: 0.6,
    reasons: [],
    side: 'need',
    mine: listing('need-1', 'need'),
    listing: listing('offer-1', 'offer'),
    myInterest: false,
    theirInterest: false,
    snoozedUntil: null,
    declineReason: null,
    theirResponsiveness: null,
    introducedAt: null,
    dealId: null,
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

describe('inbox tabs', () => {
  it('keeps suggested, interested, mutual and introduced matches active, and snoozed and declined apart', () => {
    expect(['suggested', 'interested', 'mutual', 'introduced'].map((state) => tabOf({ state: state as MatchView['state'] }))).toEqual([
      'active',
      'active',
      'active',
      'active',
    ]);
    expect(tabOf({ state: 'snoozed' })).toBe('snoozed');
    expect(tabOf({ state: 'declined' })).toBe('declined');
  });
});

describe('inbox order', () => {
  it('shows the newest match first, and the stronger of two made at once', () => {
    const older = match({ matchId: 'a', createdAt: '2025-03-01T10:00:00.000Z', score: 0.9 });
    const newer = match({ matchId: 'b', createdAt: '2025-03-02T10:00:00.000Z', score: 0.4 });
    const twin = match({ matchId: 'c', createdAt: '2025-03-02T10:00:00.000Z', score: 0.7 });
    expect([older, newer, twin].sort(inboxOrder).map((m) => m.matchId)).toEqual(['c', 'b', 'a']);
  });

  it('does not move a card when someone acts on it', () => {
    const first = match({ matchId: 'a', createdAt: '2025-03-02T10:00:00.000Z' });
    const acted = match({ matchId: 'b', createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-05T10:00:00.000Z', state: 'interested' });
    expect([acted, first].sort(inboxOrder).map((m) => m.matchId)).toEqual(['a', 'b']);
  });
});

describe('what is new to me', () => {
  it('is a match I have never looked at', () => {
    expect(isUnseen(match(), {})).toBe(true);
  });

  it('is no longer new once seen, until its state or the other side’s interest changes', () => {
    const seen = { m1: attentionKey(match()) };
    expect(isUnseen(match({ updatedAt: '2025-03-09T00:00:00.000Z' }), seen)).toBe(false);
    expect(isUnseen(match({ state: 'interested', theirInterest: true }), seen)).toBe(true);
  });

  it('never counts a declined match', () => {
    expect(isUnseen(match({ state: 'declined' }), {})).toBe(false);
  });
});

describe('the next step', () => {
  it('asks me to respond to a suggestion, to their interest, or after a snooze', () => {
    expect(nextStep({ state: 'suggested', myInterest: false, dealId: null })).toBe('respond');
    expect(nextStep({ state: 'interested', myInterest: false, dealId: null })).toBe('respond');
    expect(nextStep({ state: 'snoozed', myInterest: false, dealId: null })).toBe('respond');
  });

  it('waits for them after my interest, offers the introduction when mutual, and then nothing more', () => {
    expect(nextStep({ state: 'interested', myInterest: true, dealId: null })).toBe('waiting');
    expect(nextStep({ state: 'mutual', myInterest: true, dealId: null })).toBe('introduce');
    expect(nextStep({ state: 'introduced', myInterest: true, dealId: null })).toBe('introduced');
    expect(nextStep({ state: 'declined', myInterest: false, dealId: null })).toBe('none');
  });

  it('leads to the deal room instead of offering an introduction once the pair has one', () => {
    expect(nextStep({ state: 'mutual', myInterest: true, dealId: 'deal-1' })).toBe('open-room');
    expect(nextStep({ state: 'introduced', myInterest: true, dealId: 'deal-1' })).toBe('open-room');
  });
});

describe('score', () => {
  it('shows as a whole percentage, clamped to 0–100', () => {
    expect(scorePercent(0.674)).toBe(67);
    expect(scorePercent(1.2)).toBe(100);
    expect(scorePercent(-0.1)).toBe(0);
  });
});
