// "Who changed it": the server's per-write entries folded into working sessions per person.
import { describe, expect, it } from 'vitest';
import type { EditView } from '../../../shared/schemas/deals.ts';
import { editSessions } from '../../../shared/edit-sessions.ts';

function edit(user: string, from: string, to: string, updates = 1): EditView {
  return { user: { id: user, name: user }, updates, from: `2024-06-01T${from}:00.000Z`, to: `2024-06-01T${to}:00.000Z` };
}

describe('edit sessions', () => {
  it('folds one person’s close entries into one session, newest first', () => {
    const sessions = editSessions([edit('alice', '10:04', '10:05', 3), edit('alice', '10:01', '10:02', 2), edit('alice', '09:58', '09:59')], (edit) => edit.user.id);
    expect(sessions).toEqual([edit('alice', '09:58', '10:05', 6)]);
  });

  it('starts a new session when someone else wrote in between or after a long pause', () => {
    const sessions = editSessions([edit('alice', '11:00', '11:01'), edit('bob', '10:59', '11:00'), edit('alice', '10:58', '10:59'), edit('alice', '10:00', '10:01')], (edit) => edit.user.id);
    expect(sessions.map((session) => [session.user.id, session.from.slice(11, 16), session.to.slice(11, 16)])).toEqual([
      ['alice', '11:00', '11:01'],
      ['bob', '10:59', '11:00'],
      ['alice', '10:58', '10:59'],
      ['alice', '10:00', '10:01'],
    ]);
  });
});
