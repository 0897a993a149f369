import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SaveQueue, type UpdateSink } from '../../server/collab/save-queue.ts';
import { createLogger } from '../../server/logger.ts';

/** An in-memory stand-in for the log's append that can be told to fail. */
function recordingLog(failFirst = 0) {
  const appended: Uint8Array[] = [];
  let failures = failFirst;
  let firstFailed = () => {};
  /** Resolves once the first append has been refused. */
  const firstFailure = new Promise<void>((resolve) => (firstFailed = resolve));
  const log: UpdateSink = {
    append: async (_doc, update) => {
      if (failures > 0) {
        failures -= 1;
        firstFailed();
        throw new Error('store unavailable');
      }
      appended.push(update);
    },
    compact: async () => true,
  };
  return { appended, log, firstFailure };
}

function keystrokes(count: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getText('t').insert(i, 'k');
  return { doc, updates };
}

const logger = createLogger('silent');

describe('save queue', () => {
  it('stores a burst of keystrokes as one merged append', async () => {
    const { appended, log } = recordingLog();
    const saved: Map<number, number>[] = [];
    const queue = new SaveQueue('note:x', log, { flushDelayMs: 20, compactAfterUpdates: 100 }, logger, (sv) => saved.push(new Map(sv)), new Map(), 0);
    const { doc, updates } = keystrokes(100);
    for (const update of updates) queue.push(update);
    await queue.flush();
    expect(appended).toHaveLength(1);
    expect(saved.at(-1)?.get(doc.clientID)).toBe(100);
  });

  it('retries a failed append and keeps updates that arrived meanwhile', async () => {
    const { appended, log, firstFailure } = recordingLog(2);
    const queue = new SaveQueue('note:x', log, { flushDelayMs: 1, compactAfterUpdates: 100, retryDelayMs: 5 }, logger, () => {}, new Map(), 0);
    const { doc, updates } = keystrokes(10);
    for (const update of updates.slice(0, 5)) queue.push(update);
    await firstFailure;
    for (const update of updates.slice(5)) queue.push(update);
    await queue.flush();
    const restored = new Y.Doc();
    for (const update of appended) Y.applyUpdate(restored, update);
    expect(restored.getText('t').toString()).toBe(doc.getText('t').toString());
    expect(queue.hasUnsaved).toBe(false);
  });
});
