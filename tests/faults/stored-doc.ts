// Reads a Yjs document straight from a store (snapshot + update log), as a restarted server would
// load it, so a test can check what is durably there rather than what some process holds in memory.
import * as Y from 'yjs';
import { UpdateLog } from '../../server/collab/index.ts';
import type { Store } from '../../server/store/index.ts';

/** The stored state of `docName` in `store`, as a fresh Y.Doc. */
export async function loadStoredDoc(store: Store, docName: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await new UpdateLog(store).load(docName)).updates) Y.applyUpdate(doc, update);
  return doc;
}
