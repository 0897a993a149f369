// Who wrote what, read from the update log itself: every log entry names the people whose
// updates it holds (written in the same append, so attribution costs no write of its own), and
// compaction folds the entries it removes into working sessions kept beside the snapshot.
import { editSessions, type EditSpan } from '../../shared/edit-sessions.ts';

/** One person's writing in a log entry or a folded session. */
export interface EditEntry extends EditSpan {
  userId: string;
}

/** A log entry's writers: user id → updates of theirs merged into it. */
export interface EntryWriter {
  userId: string;
  updates: number;
}

/** Folded sessions kept per document; older ones fall off (the history view shows fewer). */
export const SESSIONS_KEPT = 500;

/** The entries of log records, newest first. */
export function entriesOfLog(records: readonly { at: Date; writers?: EntryWriter[] }[]): EditEntry[] {
  const entries = records.flatMap(({ at, writers }) => {
    const when = new Date(at).toISOString();
    return (writers ?? []).map((writer) => ({ userId: writer.userId, updates: writer.updates, from: when, to: when }));
  });
  return newestFirst(entries);
}

/** Newer and older spans as sessions, newest first, at most `limit`. */
export function foldSessions(spans: readonly EditEntry[], limit = SESSIONS_KEPT): EditEntry[] {
  return editSessions(newestFirst(spans), (entry) => entry.userId).slice(0, limit);
}

function newestFirst(entries: readonly EditEntry[]): EditEntry[] {
  return [...entries].sort((a, b) => (a.to < b.to ? 1 : a.to > b.to ? -1 : 0));
}
