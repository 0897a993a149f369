// The due-date sweep: each term due within 48 hours is announced once to every deal member through
// the notification port; agreed, far-off and past terms are not.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DealMemberRepository, DealRepository } from '../../server/deals/index.ts';
import { createLogger } from '../../server/logger.ts';
import type { NotificationPort, NotificationRequest } from '../../server/notifications/notification-port.ts';
import { DueSoonSweeper, ProgressRepository } from '../../server/pipeline/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { makeTempDir } from '../helpers/test-server.ts';

const NOW = Date.parse('2026-03-10T09:00:00Z');

class RecordingPort implements NotificationPort {
  readonly sent: NotificationRequest[] = [];
  async notify(request: NotificationRequest): Promise<void> {
    this.sent.push(request);
  }
}

describe('due-soon sweep', () => {
  let dir: string;
  let store: EmbeddedStore;

  beforeAll(async () => {
    dir = await makeTempDir();
    store = await EmbeddedStore.open(dir);
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('tells every member once about each term due within 48 hours', async () => {
    const deals = new DealRepository(store);
    const members = new DealMemberRepository(store);
    const progress = new ProgressRepository(store);
    const at = new Date(NOW - 86_400_000);
    await deals.insert({ _id: 'deal-1', title: '無人機供應', type: 'supply', description: '', stage: 'negotiation', orgIds: [], listingIds: [], matchId: null, createdBy: 'u1', createdAt: at, updatedAt: at });
    for (const userId of ['u1', 'u2']) {
      await members.insert({ dealId: 'deal-1', userId, role: 'party', orgId: null, owner: userId === 'u1', editGrants: [], addedBy: 'u1', addedAt: at });
    }
    const dueTerms = [
      { id: 'tomorrow', title: 'Warranty', due: '2026-03-11' },
      { id: 'today', title: 'Price', due: '2026-03-10' },
      { id: 'next-week', title: 'Delivery', due: '2026-03-17' },
      { id: 'last-week', title: 'Samples', due: '2026-03-03' },
    ];
    await progress.save('deal-1', { termsTotal: 5, termsAgreed: 1, blockedTermIds: [], dueTerms, hasDueTerms: true, sectionsTotal: 4, sectionsFilled: 1 }, at);
    const port = new RecordingPort();
    const sweeper = new DueSoonSweeper({ progress, deals, members, notifications: port, logger: createLogger('silent'), intervalMs: 60_000 });

    await sweeper.sweep(NOW);
    await sweeper.sweep(NOW + 60_000);

    expect(port.sent.map((request) => request.data?.termId).sort()).toEqual(['today', 'tomorrow']);
    expect(port.sent[0]).toMatchObject({ type: 'term.due-soon', recipientIds: ['u1', 'u2'], actor: null, subject: { kind: 'deal', id: 'deal-1', title: '無人機供應' } });
    await sweeper.sweep(Date.parse('2026-03-16T12:00:00Z'));
    expect(port.sent.map((request) => request.data?.termId)).toContain('next-week');
    expect(port.sent).toHaveLength(3);
  });
});
