// A document as the store holds it: flush what the server has in memory, then rebuild it from
// the update log alone, the way a restart would.
import * as Y from 'yjs';
import { UpdateLog } from '../../server/collab/index.ts';
import type { TestServer } from '../helpers/test-server.ts';

export async function storedDoc(server: TestServer, docName: string): Promise<Y.Doc> {
  await (await server.app.registry.find(docName))?.flush();
  const doc = new Y.Doc();
  for (const update of (await new UpdateLog(server.store).load(docName)).updates) Y.applyUpdate(doc, update);
  return doc;
}
