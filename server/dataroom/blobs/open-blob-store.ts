// Picks the blob store that sits beside the record store: GridFS beside MongoDB, files under
// DATA_DIR/files beside the embedded store. Shared by the app and the backup CLI.
import path from 'node:path';
import type { Logger } from '../../logger.ts';
import { EmbeddedStore, isMongoStore, type Store } from '../../store/index.ts';
import type { BlobStore } from './blob-store.ts';
import { FsBlobStore } from './fs-blob-store.ts';

/** The blob store for `store`, with what a crash left staged swept away. */
export async function openBlobStore(store: Store, logger: Logger): Promise<BlobStore> {
  let blobs: BlobStore;
  // GridFS comes with the MongoDB driver, so it is loaded only beside a MongoDB store.
  if (isMongoStore(store)) blobs = new (await import('./gridfs-blob-store.ts')).GridFsBlobStore(store.db);
  else if (store instanceof EmbeddedStore) blobs = await FsBlobStore.open(path.join(store.dataDir, 'files'));
  else throw new Error('No blob store for this kind of store: pass one');
  const swept = await blobs.sweepStaging();
  if (swept > 0) logger.info({ swept }, 'dropped uploads a previous run left unfinished');
  return blobs;
}
