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

  /** A deal with two members and the given terms due; its progress record as the watcher stores it. */
  async function dealWithDueTerms(dealId: string, dueTerms: { id: string; title: string; due: string }[]): Promise<void> {
    const at = new Date(NOW - 86_400_000);
    await new DealRepository(store).insert({ _id: dealId, title: '無人機供應', type: 'supply', description: '', stage: 'negotiation', orgIds: [], listingIds: [], matchId: null, createdBy: 'u1', createdAt: at, updatedAt: at });
    for (const userId of ['u1', 'u2']) {
      await new DealMemberRepository(store).insert({ dealId, userId, role: 'party', orgId: null, owner: userId === 'u1', editGrants: [], addedBy: 'u1', addedAt: at });
    }
    await new ProgressRepository(store).save(dealId, { termsTotal: 5, termsAgreed: 1, blockedTermIds: [], dueTerms, hasDueTerms: true, sectionsTotal: 4, sectionsFilled: 1 }, at);
  }

  function sweeperSending(port: NotificationPort): DueSoonSweeper {
    return new DueSoonSweeper({
      progress: new ProgressRepository(store),
      deals: new DealRepository(store),
      members: new DealMemberRepository(store),
      notifications: port,
      logger: createLogger('silent'),
      intervalMs: 60_000,
    });
  }

  it('tells every member once about each term due within 48 hours', async () => {
    const dueTerms = [
      { id: 'tomorrow', title: 'Warranty', due: '2026-03-11' },
      { id: 'today', title: 'Price', due: '2026-03-10' },
      { id: 'next-week', title: 'Delivery', due: '2026-03-17' },
      { id: 'last-week', title: 'Samples', due: '2026-03-03' },
    ];
    await dealWithDueTerms('deal-1', dueTerms);
    const port = new RecordingPort();
    const sweeper = sweeperSending(port);

    await sweeper.sweep(NOW);
    await sweeper.sweep(NOW + 60_000);

    expect(port.sent.map((request) => request.data?.termId).sort()).toEqual(['today', 'tomorrow']);
    expect(port.sent[0]).toMatchObject({ type: 'term.due-soon', recipientIds: ['u1', 'u2'], actor: null, subject: { kind: 'deal', id: 'deal-1', title: '無人機供應' } });
    await sweeper.sweep(Date.parse('2026-03-16T12:00:00Z'));
    expect(port.sent.map((request) => request.data?.termId)).toContain('next-week');
    expect(port.sent).toHaveLength(3);
  });

  it('sends each reminder once when the sweeps of several instances run at the same moment', async () => {
    await dealWithDueTerms('deal-2', [
      { id: 'warranty', title: 'Warranty', due: '2026-03-11' },
      { id: 'price', title: 'Price', due: '2026-03-10' },
    ]);
    const port = new RecordingPort();
    const instances = [sweeperSending(port), sweeperSending(port), sweeperSending(port)];
    await Promise.all(instances.map((sweeper) => sweeper.sweep(NOW)));
    const forDeal = port.sent.filter((request) => request.subject.id === 'deal-2').map((request) => request.data?.termId);
    expect(forDeal.sort()).toEqual(['price', 'warranty']);
  });
});
