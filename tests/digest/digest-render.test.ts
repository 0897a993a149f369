// How a digest reads: notifications gathered per deal and per listing, one line per type (per term
// for term news) with folded ones counted, each line's exact page, and titles escaped in the HTML.
import { describe, expect, it } from 'vitest';
import { groupActivity } from '../../server/digest/index.ts';
import type { NotificationRecord } from '../../server/notifications/index.ts';
import { renderMail } from '../../server/mail/templates/render.ts';
import type { NotificationType } from '../../shared/schemas/notifications.ts';

let serial = 0;
function record(type: NotificationType, subject: NotificationRecord['subject'], data: NotificationRecord['data'] = {}, actor: string | null = 'Li Wei'): NotificationRecord {
  serial += 1;
  return { _id: `n${serial}`, userId: 'u1', type, subject, actor: actor ? { id: 'a1', name: actor } : null, data, at: new Date(Date.UTC(2026, 11, 3, 9, serial)), read: false, readAt: null };
}

const deal = { kind: 'deal' as const, id: 'd1', dealId: 'd1', title: 'Drones <b>EU</b>' };
const listing = { kind: 'match' as const, id: 'm1', title: 'Inspection drones' };

describe('the digest', () => {
  const records = [
    record('qa.assigned', deal, { questionTitle: 'Audited accounts?' }),
    record('qa.assigned', deal, { questionTitle: 'Export licences?' }),
    record('term.signed', deal, { termId: 't1', termTitle: 'Payment' }),
    record('term.signed', deal, { termId: 't2', termTitle: 'Warranty' }),
    record('match.new', listing, { listingId: 'l1', theirTitle: 'Gimbal maker', count: 3 }, null),
  ];

  it('groups per deal and listing, newest first, with one line per type or term and folded news counted', () => {
    const groups = groupActivity(records);
    expect(groups.map((group) => [group.kind, group.id])).toEqual([['listing', 'l1'], ['deal', 'd1']]);
    expect(groups[0]?.lines).toMatchObject([{ type: 'match.new', count: 3, actorName: null }]);
    expect(groups[1]?.lines.map((line) => [line.type, line.count, line.facts.termTitle ?? line.facts.questionTitle])).toEqual([
      ['term.signed', 1, 'Warranty'],
      ['term.signed', 1, 'Payment'],
      ['qa.assigned', 2, 'Export licences?'],
    ]);
  });

  it('reads as sentences with each line’s page, and escapes titles in the HTML part', () => {
    const data = { since: '2026-12-02T08:00:00.000Z', timeZone: 'Europe/London', groups: groupActivity(records) };
    const mail = renderMail({ kind: 'digest', lang: 'en', data, secret: null }, 'https://deals.example.hk/', null);
    expect(mail.subject).toBe('Your Superconnector digest: 7 updates');
    expect(mail.text).toContain('since Dec 2, 2026, 08:00 GMT');
    expect(mail.text).toContain('Your listing “Inspection drones”\n  • 3 new matches for “Inspection drones”\n    https://deals.example.hk/#/matches?listing=l1');
    expect(mail.text).toContain('  • Term “Payment” agreed by Li Wei\n    https://deals.example.hk/#/deals/d1/board');
    expect(mail.text).toContain('  • 2 questions awaiting your answer\n    https://deals.example.hk/#/deals/d1/qa');
    expect(mail.html).not.toContain('<b>EU</b>');
    expect(mail.html).toContain('Deal “Drones &#60;b&#62;EU&#60;/b&#62;”');
    const hans = renderMail({ kind: 'digest', lang: 'zh-Hans', data, secret: null }, 'https://deals.example.hk', null);
    expect(hans.subject).toBe('您的 Superconnector 摘要：7 项更新');
    expect(hans.text).toContain('“Inspection drones”有 3 个新匹配');
  });
});
