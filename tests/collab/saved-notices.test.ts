// Saved notices go only to the writers they concern; a writer concerned through what it holds (its
// sync step 1) must hear of storing even when its edits reached the server through someone else.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SavedNotices, type NoticePeer } from '../../server/collab/saved-notices.ts';

function peer(): NoticePeer & { received: number } {
  const self = { wantsSavedNotices: true, awarenessClients: new Set<number>(), received: 0, send: () => void (self.received += 1) };
  return self;
}

describe('Saved notices', () => {
  afterEach(() => void vi.useRealTimers());

  it('tells a writer whose held edits were stored after it joined, though it never sent them here', () => {
    vi.useFakeTimers();
    const stored = new Map<number, number>([[7, 2]]);
    const notices = new SavedNotices(() => stored, 100);
    const writer = peer();
    notices.join(writer);
    notices.current(writer);
    // Another writer's sync reply brought client 7's edits up to clock 5, and they were stored.
    stored.set(7, 5);
    notices.stored();
    expect(writer.received).toBe(0);
    // Client 7's own step 1 arrives: it holds clock 5, more than it was told; storing is ahead already.
    notices.holds(writer, new Map([[7, 5]]));
    expect(writer.received).toBe(0);
    // Inside the notice window: told at its end, with the stored state that covers clock 5.
    vi.advanceTimersByTime(100);
    expect(writer.received).toBe(1);
    notices.close();
  });

  it('tells the writer at once when no window is open, and again when more of what it holds is stored', () => {
    const stored = new Map<number, number>([[7, 2]]);
    const notices = new SavedNotices(() => stored, 0);
    const writer = peer();
    const bystander = peer();
    notices.join(writer);
    notices.join(bystander);
    notices.current(writer);
    notices.current(bystander);
    notices.holds(writer, new Map([[7, 5]]));
    expect(writer.received).toBe(0);
    stored.set(7, 5);
    notices.stored();
    expect(writer.received).toBe(1);
    expect(bystander.received).toBe(0);
    notices.close();
  });
});
