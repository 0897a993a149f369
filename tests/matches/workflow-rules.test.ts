// The workflow's rules and the viewer-language choice as plain functions, every transition listed.
import { describe, expect, it } from 'vitest';
import type { MatchState } from '../../shared/schemas/matches.ts';
import { viewStateOf } from '../../server/matches/match-presenter.ts';
import { suggestedMatch, type MatchRecord } from '../../server/matches/match-repository.ts';
import { applyCommand, type MatchCommand } from '../../server/matches/match-workflow.ts';
import { langFromAcceptLanguage, pickLang } from '../../server/matches/viewer-lang.ts';

function matchIn(state: MatchState, interest = { need: false, offer: false }): MatchRecord {
  const pair = { needListingId: 'n1', offerListingId: 'o1', needOrgId: 'A', offerOrgId: 'B', score: 0.8, reasons: [] };
  return { ...suggestedMatch(pair, new Date()), _id: 'm1', state, interest };
}

const at = new Date('2030-01-01T00:00:00Z');
/** The state after the command, `no change` when repeating it is harmless, `refused` when illegal. */
function outcome(match: MatchRecord, command: MatchCommand): string {
  try {
    const change = applyCommand(match, 'need', command);
    return change ? (change.state ?? match.state) : 'no change';
  } catch {
    return 'refused';
  }
}

describe('match workflow rules', () => {
  it.each([
    ['suggested', { type: 'interest' }, 'interested'],
    ['suggested', { type: 'decline', reason: null }, 'declined'],
    ['suggested', { type: 'snooze', until: at }, 'suggested'],
    ['suggested', { type: 'introduce', by: 'u', at }, 'refused'],
    ['interested', { type: 'introduce', by: 'u', at }, 'refused'],
    ['mutual', { type: 'introduce', by: 'u', at }, 'introduced'],
    ['mutual', { type: 'snooze', until: at }, 'refused'],
    ['mutual', { type: 'decline', reason: null }, 'declined'],
    ['introduced', { type: 'decline', reason: null }, 'refused'],
    ['introduced', { type: 'introduce', by: 'u', at }, 'no change'],
    ['declined', { type: 'interest' }, 'refused'],
    ['declined', { type: 'decline', reason: null }, 'no change'],
  ] as [MatchState, MatchCommand, string][])('%s, then %o: %s', (state, command, expected) => {
    expect(outcome(matchIn(state), command)).toBe(expected);
  });

  it('becomes mutual only when the second side is interested', () => {
    expect(applyCommand(matchIn('interested', { need: false, offer: true }), 'need', { type: 'interest' })?.state).toBe('mutual');
    expect(applyCommand(matchIn('interested', { need: true, offer: false }), 'need', { type: 'interest' })).toBeNull();
  });

  it('snoozes one side only, and reads as snoozed to that side until the date', () => {
    const match = matchIn('suggested');
    const change = applyCommand(match, 'offer', { type: 'snooze', until: at });
    const snoozed = { ...match, ...change };
    expect(viewStateOf(snoozed, 'offer', new Date('2029-12-31T00:00:00Z'))).toBe('snoozed');
    expect(viewStateOf(snoozed, 'need', new Date('2029-12-31T00:00:00Z'))).toBe('suggested');
    expect(viewStateOf(snoozed, 'offer', new Date('2030-01-02T00:00:00Z'))).toBe('suggested');
  });
});

describe('viewer language', () => {
  it.each([
    ['zh-HK,zh;q=0.9,en;q=0.8', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh-CN,zh;q=0.9', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,de;q=0.9,zh-TW;q=0.5', 'zh-Hant'],
    ['en;q=0.4,zh-CN;q=0.8', 'zh-Hans'],
    ['fr', null],
    ['', null],
  ])('reads %j as %s', (header, expected) => {
    expect(langFromAcceptLanguage(header)).toBe(expected);
  });

  it('prefers the explicit choice, then the header, then English', () => {
    expect(pickLang('zh-Hans', 'zh-TW')).toBe('zh-Hans');
    expect(pickLang(undefined, 'zh-TW')).toBe('zh-Hant');
    expect(pickLang(undefined, undefined)).toBe('en');
  });
});
