// The shared convergence check on bare Yjs documents: same text, same edits (state), and the
// timeout message that shows what each replica holds.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { haveConverged, waitForConvergence, type Replica } from './convergence.ts';

function replica(): Replica {
  const doc = new Y.Doc();
  return { doc, text: doc.getText('content') };
}

function exchange(a: Replica, b: Replica): void {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)));
}

describe('convergence helper', () => {
  it('says replicas converged once they read the same, and with sameState only once they hold the same edits', () => {
    const [a, b] = [replica(), replica()];
    a.text.insert(0, 'Hetao ');
    b.text.insert(0, 'Loop ');
    expect(haveConverged([a, b])).toBe(false);
    exchange(a, b);
    expect(haveConverged([a, b], { sameState: true })).toBe(true);

    // Same text, different edits: typed and deleted on one side only.
    b.text.insert(0, 'x');
    b.text.delete(0, 1);
    expect(haveConverged([a, b])).toBe(true);
    expect(haveConverged([a, b], { sameState: true })).toBe(false);
  });

  it('compares what `read` returns, and also needs `and` to hold', () => {
    const [a, b] = [replica(), replica()];
    a.doc.getText('other').insert(0, 'only in a');
    expect(haveConverged([a, b])).toBe(true);
    expect(haveConverged([a, b], { read: (client) => client.doc.getText('other').toString() })).toBe(false);
    expect(haveConverged([a, b], { and: () => false })).toBe(false);
  });

  it('names what was awaited and shows each replica when they never converge', async () => {
    const [a, b] = [replica(), replica()];
    a.text.insert(0, 'FOB Shenzhen');
    await expect(waitForConvergence([a, b], 'the incoterm to reach b', { timeoutMs: 30 })).rejects.toThrow(/timed out waiting for the incoterm to reach b\n.*client 0 .*"FOB Shenzhen"\n.*client 1 .*""/);
  });
});
