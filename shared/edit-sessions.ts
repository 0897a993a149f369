// "Who changed it" as working sessions: the update log holds one entry per durable write (many
// per minute while someone types); consecutive entries of one person close together are one
// session. The server folds the log into sessions when it compacts; the client folds what it shows.

/** Entries of one person less than this apart belong to one session. */
export const SESSION_GAP_MS = 5 * 60_000;

/** A span of someone's writing: how many updates, from and to as ISO timestamps. */
export interface EditSpan {
  updates: number;
  from: string;
  to: string;
}

/** Newest first in, newest first out; `authorOf` names whose span it is. */
export function editSessions<T extends EditSpan>(edits: readonly T[], authorOf: (edit: T) => string, gapMs = SESSION_GAP_MS): T[] {
  const sessions: T[] = [];
  for (const edit of edits) {
    const last = sessions.at(-1);
    if (last && authorOf(last) === authorOf(edit) && Date.parse(last.from) - Date.parse(edit.to) < gapMs) {
      sessions[sessions.length - 1] = { ...last, updates: last.updates + edit.updates, from: edit.from < last.from ? edit.from : last.from };
    } else {
      sessions.push({ ...edit });
    }
  }
  return sessions;
}
