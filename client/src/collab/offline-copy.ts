// The browser's own copy of a document (y-indexeddb), so edits made offline, or not yet saved
// when a session ended, survive a closed tab and merge when the connection returns. Only people
// who can write keep one.
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** Per person as well as per document: two people sharing a browser never share a copy. */
export function offlineCopyName(userId: string, docName: string): string {
  return `superconnector:${userId}:${docName}`;
}

export interface OfflineCopy {
  /** Resolves once what the browser kept has been applied to the document. */
  readonly loaded: Promise<void>;
  /** Stops keeping the copy (it stays in the browser). */
  close(): void;
  /** Stops keeping the copy and deletes it, e.g. when access was withdrawn. */
  discard(): Promise<void>;
}

export function keepOfflineCopy(userId: string, docName: string, doc: Y.Doc): OfflineCopy {
  const persistence = new IndexeddbPersistence(offlineCopyName(userId, docName), doc);
  return {
    loaded: persistence.whenSynced.then(() => undefined),
    close: () => void persistence.destroy(),
    discard: () => persistence.clearData(),
  };
}

/** Deletes a copy left from when this person could still write. */
export async function discardOfflineCopy(userId: string, docName: string): Promise<void> {
  await clearDocument(offlineCopyName(userId, docName));
}
