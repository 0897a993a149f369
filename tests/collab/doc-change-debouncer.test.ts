// The keyed document-change debouncer: one handler run per burst per document (or per id), waiting
// from the first or the last change, with the latest attributed author; runs of one key overlap,
// queue or skip as asked; flush runs what waits, stop drops it; a failing handler stops nothing.
// Changes are real ones taken from a registry, replayed under fake timers.
import { rm } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocKind } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import {
  AuthorshipLog,
  DocChangeDebouncer,
  DocRegistry,
  UpdateLog,
  type BatchCause,
  type DocChange,
  type DocChangeBatch,
  type DocChangeDebouncerOptions,
} from '../../server/collab/index.ts';
import { createLogger } from '../../server/logger.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { makeTempDir } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';

const alice: PublicUser = { id: 'u-alice', email: 'alice@example.com', name: 'Alice' };
const bo: PublicUser = { id: 'u-bo', email: 'bo@example.com', name: 'Bo' };

interface Call<K extends DocKind> {
  batch: DocChangeBatch<K>;
  cause: BatchCause;
  at: number;
}

/** A debouncer whose handler records each call (with the fake clock's time) and then runs `work`. */
function recording<K extends DocKind>(options: Omit<DocChangeDebouncerOptions<K>, 'handle' | 'onError'>, work: () => Promise<void> = async () => {}) {
  const calls: Call<K>[] = [];
  const errors: unknown[] = [];
  const debouncer = new DocChangeDebouncer<K>({
    ...options,
    handle: async (batch, cause) => {
      calls.push({ batch: { ...batch, kinds: new Set(batch.kinds) }, cause, at: Date.now() });
      await work();
    },
    onError: (error) => errors.push(error),
  });
  return { debouncer, calls, errors };
}

/** A handler body the test finishes by hand. */
function gate() {
  const releases: (() => void)[] = [];
  const work = () => new Promise<void>((resolve) => releases.push(resolve));
  return { work, releaseNext: () => releases.shift()?.() };
}

describe('document change debouncer', () => {
  let dir: string;
  let store: EmbeddedStore;
  let registry: DocRegistry;
  let changes: Record<'board' | 'boardBySystem' | 'boardByBo' | 'dossier' | 'otherBoard' | 'note', DocChange>;

  async function changeOf(name: string, author: PublicUser | null): Promise<DocChange> {
    const seen: DocChange[] = [];
    const stop = registry.onChange((change) => seen.push(change));
    await registry.edit(name, author, (shared) => shared.doc.getText('t').insert(0, 'x'));
    stop();
    return seen[0];
  }

  beforeAll(async () => {
    dir = await makeTempDir();
    store = await EmbeddedStore.open(dir);
    const options = { idleMs: 60_000, flushDelayMs: 5, compactAfterUpdates: 1000 };
    registry = new DocRegistry(new UpdateLog(store), new AuthorshipLog(store), options, createLogger('silent'));
    changes = {
      board: await changeOf('board:d1', alice),
      boardBySystem: await changeOf('board:d1', null),
      boardByBo: await changeOf('board:d1', bo),
      dossier: await changeOf('dossier:d1', bo),
      otherBoard: await changeOf('board:d2', alice),
      note: await changeOf('note:n1', alice),
    };
  });

  afterAll(async () => {
    await registry.closeAll();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('under a fake clock', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 0 });
    });

    afterEach(() => {
      vi.useRealTimers();
    });

    it('waiting from the first change, runs once per burst per document, however busy, with the latest attributed author', async () => {
      const { debouncer, calls } = recording({ kinds: ['board'], delayMs: 100, waitFrom: 'first-change' });
      debouncer.observe(changes.board);
      debouncer.observe(changes.note);
      debouncer.observe(changes.dossier);
      await vi.advanceTimersByTimeAsync(60);
      debouncer.observe(changes.boardBySystem);
      debouncer.observe(changes.otherBoard);
      await vi.advanceTimersByTimeAsync(40);
      expect(calls.map(({ batch, cause, at }) => ({ key: batch.key, id: batch.id, kind: batch.kind, author: batch.author, cause, at }))).toEqual([
        { key: 'board:d1', id: 'd1', kind: 'board', author: alice, cause: 'due', at: 100 },
      ]);
      await vi.advanceTimersByTimeAsync(60);
      expect(calls.map(({ batch, at }) => [batch.key, at])).toEqual([
        ['board:d1', 100],
        ['board:d2', 160],
      ]);

      debouncer.observe(changes.boardBySystem);
      await vi.advanceTimersByTimeAsync(100);
      expect(calls[2].batch).toMatchObject({ key: 'board:d1', author: null });
    });

    it('waiting from the last change, runs only after a quiet period; changes it does not accept neither start nor extend the wait', async () => {
      const seen: DocChange[] = [];
      const { debouncer, calls } = recording({
        kinds: ['board', 'dossier'],
        delayMs: 100,
        waitFrom: 'last-change',
        accepts: (change) => {
          seen.push(change);
          return change.author !== null;
        },
      });
      debouncer.observe(changes.note);
      debouncer.observe(changes.boardBySystem);
      await vi.advanceTimersByTimeAsync(500);
      expect(calls).toEqual([]);

      debouncer.observe(changes.board);
      await vi.advanceTimersByTimeAsync(80);
      debouncer.observe(changes.boardByBo);
      await vi.advanceTimersByTimeAsync(80);
      debouncer.observe(changes.boardBySystem);
      await vi.advanceTimersByTimeAsync(19);
      expect(calls).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls.map(({ batch, at }) => ({ key: batch.key, author: batch.author, at }))).toEqual([{ key: 'board:d1', author: bo, at: 680 }]);
      expect(seen).toHaveLength(4);
      expect(seen).not.toContain(changes.note);
    });

    it('grouped by id, gathers a deal’s board and dossier into one batch naming both kinds', async () => {
      const { debouncer, calls } = recording({ kinds: ['board', 'dossier'], groupBy: 'id', delayMs: 50, waitFrom: 'first-change' });
      debouncer.observe(changes.board);
      debouncer.observe(changes.dossier);
      debouncer.observe(changes.otherBoard);
      await vi.advanceTimersByTimeAsync(50);
      expect(calls.map(({ batch }) => ({ key: batch.key, kind: batch.kind, kinds: [...batch.kinds], author: batch.author }))).toEqual([
        { key: 'd1', kind: 'board', kinds: ['board', 'dossier'], author: bo },
        { key: 'd2', kind: 'board', kinds: ['board'], author: alice },
      ]);
    });

    it('lets runs of one key overlap by default', async () => {
      const { work, releaseNext } = gate();
      const { debouncer, calls } = recording({ kinds: ['board'], delayMs: 10, waitFrom: 'first-change' }, work);
      debouncer.observe(changes.board);
      await vi.advanceTimersByTimeAsync(10);
      debouncer.observe(changes.boardByBo);
      await vi.advanceTimersByTimeAsync(10);
      expect(calls.map(({ at }) => at)).toEqual([10, 20]);
      releaseNext();
      releaseNext();
      await debouncer.stop();
    });

    it('serially, starts the next batch during a run but runs its handler only after the running one', async () => {
      const { work, releaseNext } = gate();
      const { debouncer, calls } = recording({ kinds: ['board'], delayMs: 10, waitFrom: 'first-change', whileRunning: 'serial' }, work);
      debouncer.observe(changes.board);
      await vi.advanceTimersByTimeAsync(10);
      debouncer.observe(changes.boardByBo);
      debouncer.observe(changes.otherBoard);
      await vi.advanceTimersByTimeAsync(30);
      expect(calls.map(({ batch }) => [batch.key, batch.author?.id])).toEqual([
        ['board:d1', alice.id],
        ['board:d2', alice.id],
      ]);
      releaseNext();
      await vi.advanceTimersByTimeAsync(0);
      expect(calls.map(({ batch, at }) => [batch.key, batch.author?.id, at])).toEqual([
        ['board:d1', alice.id, 10],
        ['board:d2', alice.id, 20],
        ['board:d1', bo.id, 40],
      ]);
      releaseNext();
      releaseNext();
      await debouncer.stop();
    });

    it('skipping, drops changes that come while the key’s handler runs', async () => {
      const { work, releaseNext } = gate();
      const { debouncer, calls } = recording({ kinds: ['board'], delayMs: 0, waitFrom: 'first-change', whileRunning: 'skip' }, work);
      debouncer.observe(changes.board);
      debouncer.observe(changes.boardByBo);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls.map(({ batch }) => batch.author)).toEqual([bo]);
      debouncer.observe(changes.board);
      await vi.advanceTimersByTimeAsync(10);
      expect(calls).toHaveLength(1);
      releaseNext();
      await vi.advanceTimersByTimeAsync(0);
      debouncer.observe(changes.board);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls.map(({ batch }) => batch.author)).toEqual([bo, alice]);
      releaseNext();
      await debouncer.stop();
    });

    it('flush runs every waiting batch at once and resolves when they are done; stop drops what waits', async () => {
      const { debouncer, calls } = recording({ kinds: ['board', 'dossier'], delayMs: 1000, waitFrom: 'last-change' });
      debouncer.observe(changes.board);
      debouncer.observe(changes.dossier);
      await debouncer.flush();
      expect(calls.map(({ batch, cause, at }) => [batch.key, cause, at])).toEqual([
        ['board:d1', 'flush', 0],
        ['dossier:d1', 'flush', 0],
      ]);
      await vi.advanceTimersByTimeAsync(2000);
      expect(calls).toHaveLength(2);

      debouncer.observe(changes.otherBoard);
      await debouncer.stop();
      await vi.advanceTimersByTimeAsync(2000);
      expect(calls).toHaveLength(2);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('stop waits for handlers already running', async () => {
      const { work, releaseNext } = gate();
      const { debouncer } = recording({ kinds: ['board'], delayMs: 10, waitFrom: 'first-change' }, work);
      debouncer.observe(changes.board);
      await vi.advanceTimersByTimeAsync(10);
      let stopped = false;
      const stopping = debouncer.stop().then(() => (stopped = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(stopped).toBe(false);
      releaseNext();
      await stopping;
      expect(stopped).toBe(true);
    });

    it('reports a failing handler and goes on with the next batch', async () => {
      let failures = 1;
      const { debouncer, calls, errors } = recording({ kinds: ['board'], delayMs: 10, waitFrom: 'first-change', whileRunning: 'serial' }, async () => {
        if (failures-- > 0) throw new Error('store unavailable');
      });
      debouncer.observe(changes.board);
      await vi.advanceTimersByTimeAsync(10);
      debouncer.observe(changes.boardByBo);
      await vi.advanceTimersByTimeAsync(10);
      expect(calls).toHaveLength(2);
      expect(errors).toEqual([new Error('store unavailable')]);
    });
  });

  it('observes a registry: a server edit reaches the handler once its wait is over', async () => {
    const { debouncer, calls } = recording({ kinds: ['dossier'], delayMs: 0, waitFrom: 'first-change' });
    const unsubscribe = registry.onChange(debouncer.observe);
    await registry.edit('dossier:d3', alice, (shared) => shared.doc.getText('t').insert(0, 'terms'));
    await registry.edit('note:n3', alice, (shared) => shared.doc.getText('t').insert(0, 'ignored'));
    await waitFor(() => calls.length === 1, 'the dossier batch');
    unsubscribe();
    expect(calls[0].batch).toMatchObject({ key: 'dossier:d3', id: 'd3', author: alice });
  });
});
