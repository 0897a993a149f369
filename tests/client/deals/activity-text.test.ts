// The activity trail in words: each server command of a deal room, with names looked up and
// mentions shown by name; unknown actions still say who did what.
import { describe, expect, it } from 'vitest';
import type { ActivityView } from '../../../shared/schemas/activity.ts';
import { activityText, type ActivityLookups } from '../../../client/src/deals/history/activity-text.ts';
import { en, type MessageKey } from '../../../client/src/i18n/en.ts';
import { zhHant } from '../../../client/src/i18n/zh-hant.ts';
import { zhHans } from '../../../client/src/i18n/zh-hans.ts';
import { statusLabel } from '../../../client/src/deals/deal-labels.ts';
import type { TermStatus } from '../../../shared/deal-docs.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';

function translator(dictionary: Record<MessageKey, string>) {
  return (key: MessageKey, values: Record<string, string | number> = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const lookups: ActivityLookups = {
  memberName: (userId) => ({ u2: 'Bob Li' })[userId] ?? null,
  orgName: (orgId) => ({ o1: 'Pearl River Drones' })[orgId] ?? null,
  termTitle: (termId) => ({ t1: 'Unit price' })[termId] ?? null,
  stageName: (stage) => ({ negotiation: 'Negotiation' })[stage] ?? stage,
  statusName: (status) => statusLabel(status, 'en'),
  nameForEmail: (email) => (email === 'bob@harbour.example' ? 'Bob Li' : null),
  lang: 'en',
};

// Built as a server might send it, including an action this build does not know: the cast says so.
function entry(action: string, before: unknown, after: unknown): ActivityView {
  return { id: 'a1', action, actor: { id: 'u1', name: 'Alice Wong' }, actingOrgId: null, at: '2024-06-01T08:00:00.000Z', before, after } as ActivityView;
}

describe('activity text', () => {
  const t = translator(en);

  it('says who added whom in which role, and who moved the stage', () => {
    expect(activityText(entry('deal.member-added', null, { userId: 'u2', role: 'party' }), t, lookups)).toBe('Alice Wong added Bob Li as Party');
    expect(activityText(entry('deal.stage-changed', { stage: 'nda' }, { stage: 'negotiation' }), t, lookups)).toBe('Alice Wong moved the deal to “Negotiation”');
    expect(activityText(entry('deal.member-removed', { userId: 'gone' }, null), t, lookups)).toBe('Alice Wong removed a former member');
  });

  it('names the term and organisation of a sign-off, and why sign-offs were withdrawn', () => {
    expect(activityText(entry('term.signed', null, { termId: 't1', orgId: 'o1' }), t, lookups)).toBe('Alice Wong signed off “Unit price” for Pearl River Drones');
    expect(activityText(entry('term.signoffs-withdrawn', { termId: 't1', orgIds: ['o1'] }, { reason: 'wording-changed' }), t, lookups)).toBe(
      'Sign-offs on “Unit price” were withdrawn: the wording changed',
    );
  });

  it('shows comment excerpts with mentions by name', () => {
    expect(activityText(entry('comment.created', null, { excerpt: 'Over to you @bob@harbour.example' }), t, lookups)).toBe('Alice Wong commented: “Over to you @Bob Li”');
  });

  it('names versions and their document', () => {
    expect(activityText(entry('version.restored', null, { name: 'Before the call', doc: 'dossier' }), t, lookups)).toBe(
      'Alice Wong restored the version “Before the call” of the dossier',
    );
  });

  it('still says who did what for an action it does not know', () => {
    expect(activityText(entry('deal.archived', null, null), t, lookups)).toBe('Alice Wong: deal.archived');
  });

  it('speaks Traditional Chinese too', () => {
    expect(activityText(entry('term.signed', null, { termId: 't1', orgId: 'o1' }), translator(zhHant), lookups)).toBe('Alice Wong 代表 Pearl River Drones 簽署確認「Unit price」');
  });
  it('says which term moved between which status columns, by whom, in all three languages', () => {
    const moved = entry('term.moved', { status: 'open' }, { termId: 'gone', title: 'Payment terms', status: 'agreed' });
    const inLang = (lang: Lang) => ({ ...lookups, statusName: (status: TermStatus) => statusLabel(status, lang) });
    expect(activityText(moved, t, lookups)).toBe('Alice Wong moved “Payment terms” from Open to Agreed');
    expect(activityText(moved, translator(zhHant), inLang('zh-Hant'))).toBe('Alice Wong 將「Payment terms」從待議移至已同意');
    expect(activityText(moved, translator(zhHans), inLang('zh-Hans'))).toBe('Alice Wong 将“Payment terms”从待议移至已同意');
    // The board's current title wins over the one stored with the entry.
    expect(activityText({ ...moved, after: { termId: 't1', title: 'Old title', status: 'blocked' } } as ActivityView, t, lookups)).toBe('Alice Wong moved “Unit price” from Open to Blocked');
    expect(activityText({ ...moved, actor: null }, t, lookups)).toBe('“Payment terms” moved from Open to Agreed');
  });
  it('names a signed term by the title stored with the entry where the board is not at hand (organisation trails)', () => {
    const outside = { ...lookups, termTitle: () => null };
    expect(activityText(entry('term.signed', null, { termId: 't9', orgId: 'o1', wording: 'x', title: 'Payment terms' }), t, outside)).toBe('Alice Wong signed off “Payment terms” for Pearl River Drones');
    expect(activityText(entry('term.signed', null, { termId: 't9', orgId: 'o1', wording: 'x' }), t, outside)).toBe(`Alice Wong signed off “${en['activity.aTerm']}” for Pearl River Drones`);
  });
});
