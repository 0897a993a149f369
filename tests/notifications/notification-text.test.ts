// Notifications in words on the client: every type reads as a sentence in each language, with
// no placeholder left over, an anonymous other side is "the other side", and each links to the
// match inbox, the invitations to answer or the right part of the deal room.
import { describe, expect, it } from 'vitest';
import { NOTIFICATION_TYPES, type NotificationType, type NotificationView } from '../../shared/schemas/notifications.ts';
import { en, type MessageKey } from '../../client/src/i18n/en.ts';
import { zhHans } from '../../client/src/i18n/zh-hans.ts';
import { zhHant } from '../../client/src/i18n/zh-hant.ts';
import { notificationHref, notificationText } from '../../client/src/notifications/notification-text.ts';

function translator(dictionary: Record<MessageKey, string>) {
  return (key: MessageKey, values: Record<string, string | number> = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

function item(type: NotificationType, overrides: Partial<NotificationView> = {}): NotificationView {
  const deal = !type.startsWith('match.');
  return {
    id: 'n1',
    type,
    subject: deal ? { kind: 'deal', id: 'd1', dealId: 'd1', title: 'Drone parts for the EU' } : { kind: 'match', id: 'm1', title: 'Seeking CE testing' },
    actor: { id: 'u1', name: 'Alice Wong' },
    data: { theirTitle: 'CE and FCC testing', role: 'adviser', excerpt: 'FOB Shenzhen?', termTitle: 'Unit price', news: 'moved', from: 'nda', to: 'negotiation', due: '2026-12-01' },
    at: '2026-11-24T08:00:00.000Z',
    read: false,
    ...overrides,
  };
}

describe('notification text', () => {
  it('words every type in every language, leaving no placeholder', () => {
    for (const [dictionary, lang] of [[en, 'en'], [zhHant, 'zh-Hant'], [zhHans, 'zh-Hans']] as const) {
      const t = translator(dictionary);
      for (const type of NOTIFICATION_TYPES) {
        const sentence = notificationText(item(type), t, lang);
        expect(sentence, `${lang} ${type}`).not.toMatch(/[{}]/);
        expect(sentence.length).toBeGreaterThan(5);
      }
    }
  });

  it('says what happened with the facts the server sent', () => {
    const t = translator(en);
    expect(notificationText(item('match.new'), t, 'en')).toBe('New match for “Seeking CE testing”: “CE and FCC testing”');
    expect(notificationText(item('match.interest', { actor: null }), t, 'en')).toBe('The other side is interested in the match for “Seeking CE testing”');
    const invitation = { kind: 'invitation', id: 'i1', title: 'Drone parts for the EU' } as const;
    expect(notificationText(item('deal.invitation', { subject: invitation }), t, 'en')).toBe('Alice Wong invited you to the deal “Drone parts for the EU” as Adviser');
    const toOrg = item('deal.invitation', { subject: invitation, data: { role: 'party', invitationKind: 'deal-org', orgName: 'Harbour Testing' } });
    expect(notificationText(toOrg, t, 'en')).toBe('Alice Wong invited Harbour Testing to the deal “Drone parts for the EU”');
    expect(notificationText(item('org.invitation', { subject: { ...invitation, title: 'Pearl River Drones' } }), t, 'en')).toBe('Alice Wong invited you to join Pearl River Drones');
    expect(notificationText(item('deal.stage'), t, 'en')).toMatch(/^Alice Wong moved “Drone parts for the EU” from .+ to .+$/);
    expect(notificationText(item('comment.mention'), translator(zhHant), 'zh-Hant')).toBe('Alice Wong在「Drone parts for the EU」中提及您：「FOB Shenzhen?」');
  });

  it('links matches to the inbox and term news to the board', () => {
    expect(notificationHref(item('match.mutual'))).toBe('#/matches');
    expect(notificationHref(item('term.signed'))).toBe('#/deals/d1/board');
    expect(notificationHref(item('comment.reply'))).toBe('#/deals/d1');
    // Invitations are answered where they are listed, not in a deal room the invitee cannot open yet.
    expect(notificationHref(item('deal.invitation', { subject: { kind: 'invitation', id: 'i1', title: 'x' } }))).toBe('#/notifications');
  });

  it('words grouped new matches with their count in each language, and leads to the inbox filtered to the listing', () => {
    const grouped = item('match.new', { data: { listingId: 'L1', theirTitle: 'x', count: 5 } });
    expect(notificationText(grouped, translator(en), 'en')).toBe('5 new matches for “Seeking CE testing”');
    expect(notificationText(grouped, translator(zhHant), 'zh-Hant')).toBe('「Seeking CE testing」有 5 個新配對');
    expect(notificationText(grouped, translator(zhHans), 'zh-Hans')).toBe('“Seeking CE testing”有 5 个新匹配');
    expect(notificationHref(grouped)).toBe('#/matches?listing=L1');
    expect(notificationHref(item('match.mutual'))).toBe('#/matches');
  });
});
