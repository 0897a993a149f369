// "Who changed it" as working sessions: the server logs one entry per durable write (many per
// minute while someone types); consecutive entries of one person close together are one session.
import type { EditView } from '../../../../shared/schemas/deals.ts';

/** Entries of one person less than this apart belong to one session. */
export const SESSION_GAP_MS = 5 * 60_000;

/** Newest first in, newest first out. */
export function editSessions(edits: readonly EditView[], gapMs = SESSION_GAP_MS): EditView[] {
  const sessions: EditView[] = [];
  for (const edit of edits) {
    const last = sessions.at(-1);
    if (last && last.user.id === edit.user.id && Date.parse(last.from) - Date.parse(edit.to) < gapMs) {
      sessions[sessions.length - 1] = { ...last, updates: last.updates + edit.updates, from: edit.from < last.from ? edit.from : last.from };
    } else {
      sessions.push({ ...edit });
    }
  }
  return sessions;
}
