// What a meeting card calls a meeting's state: "rescheduled" is a proposed meeting that changed
// since it was first proposed; the server's statuses otherwise.
import { describe, expect, it } from 'vitest';
import { sameScope, shownState } from '../../client/src/meetings/meeting-state.ts';

describe('meeting state on the card', () => {
  it('calls a proposed meeting rescheduled once it has changed, and keeps the other statuses', () => {
    expect(shownState({ status: 'proposed', sequence: 0 })).toBe('proposed');
    expect(shownState({ status: 'proposed', sequence: 2 })).toBe('rescheduled');
    expect(shownState({ status: 'confirmed', sequence: 1 })).toBe('confirmed');
    expect(shownState({ status: 'cancelled', sequence: 4 })).toBe('cancelled');
  });

  it('tells a deal room from a match with the same id', () => {
    expect(sameScope({ kind: 'deal', dealId: 'a' }, { kind: 'deal', dealId: 'a' })).toBe(true);
    expect(sameScope({ kind: 'deal', dealId: 'a' }, { kind: 'match', matchId: 'a' })).toBe(false);
    expect(sameScope({ kind: 'match', matchId: 'a' }, { kind: 'match', matchId: 'b' })).toBe(false);
  });
});
