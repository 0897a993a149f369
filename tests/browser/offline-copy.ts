// The browser's offline copy of a document (y-indexeddb's update log in IndexedDB), read back in
// Node, so a test can wait until an edit made offline is really kept before closing the tab.
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { offlineCopyName } from '../../client/src/collab/offline-copy.ts';

/** The document as the page's offline copy of `docName` for `userId` holds it now (empty if none yet). */
export async function readOfflineCopy(page: Page, userId: string, docName: string): Promise<Y.Doc> {
  const updates = await page.evaluate(async (name) => {
    // Opening a database that does not exist would create it without y-indexeddb's stores.
    if (!(await indexedDB.databases()).some((database) => database.name === name)) return [];
    return new Promise<number[][]>((resolve, reject) => {
      const opening = indexedDB.open(name);
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const db = opening.result;
        const reading = db.transaction('updates', 'readonly').objectStore('updates').getAll();
        reading.onerror = () => reject(reading.error);
        reading.onsuccess = () => {
          db.close();
          resolve(reading.result.map((update: Uint8Array) => Array.from(update)));
        };
      };
    });
  }, offlineCopyName(userId, docName));
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, Uint8Array.from(update));
  return doc;
}
