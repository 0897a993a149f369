// Writes every collection of a store (sessions excepted) to one backup file, a page at a time, so
// a large store is never held in memory; the file appears under its name only once complete.
import { createHash } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import type { BlobStore } from '../dataroom/index.ts';
import type { Store, StoredRecord } from '../store/index.ts';
import { BLOB_COLLECTION, blobChunks } from './blob-lines.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, EXCLUDED_COLLECTIONS, encodeLine } from './format.ts';

/** What a backup wrote: per-collection record counts and the file's checksum. */
export interface BackupSummary {
  file: string;
  records: number;
  collections: Record<string, number>;
  sha256: string;
}

const PAGE_SIZE = 500;
const FLUSH_BYTES = 1024 * 1024;

/** Lines hashed as they are written, buffered into large writes. */
class HashedLineWriter {
  private readonly hash = createHash('sha256');
  private buffered: string[] = [];
  private bufferedBytes = 0;

  constructor(private readonly handle: FileHandle) {}

  async line(text: string, hashed = true): Promise<void> {
    const withNewline = `${text}\n`;
    if (hashed) this.hash.update(withNewline);
    this.buffered.push(withNewline);
    this.bufferedBytes += withNewline.length;
    if (this.bufferedBytes >= FLUSH_BYTES) await this.flush();
  }

  digest(): string {
    return this.hash.digest('hex');
  }

  async flush(): Promise<void> {
    if (this.buffered.length === 0) return;
    const chunk = this.buffered.join('');
    this.buffered = [];
    this.bufferedBytes = 0;
    await this.handle.write(chunk);
  }
}

/** Every record of a collection in _id order, read in pages with a keyset cursor. */
export async function* recordsOf(store: Store, name: string, pageSize = PAGE_SIZE): AsyncGenerator<StoredRecord> {
  const collection = store.collection<StoredRecord>(name);
  let after: string | undefined;
  for (;;) {
    const filter = after === undefined ? {} : { _id: { $gt: after } };
    const page = await collection.find(filter, { sort: { _id: 1 }, limit: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]._id;
  }
}

async function writeBlobs(blobs: BlobStore, writer: HashedLineWriter): Promise<number> {
  let count = 0;
  for await (const record of blobChunks(blobs)) {
    await writer.line(encodeLine({ collection: BLOB_COLLECTION, record }));
    count += 1;
  }
  return count;
}

async function writeContent(store: Store, writer: HashedLineWriter, blobs?: BlobStore): Promise<Record<string, number>> {
  await writer.line(encodeLine({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date(), source: store.kind }));
  const collections: Record<string, number> = {};
  for (const name of await store.listCollections()) {
    if (EXCLUDED_COLLECTIONS.has(name)) continue;
    let count = 0;
    for await (const record of recordsOf(store, name)) {
      await writer.line(encodeLine({ collection: name, record }));
      count += 1;
    }
    if (count > 0) collections[name] = count;
  }
  const chunks = blobs ? await writeBlobs(blobs, writer) : 0;
  if (chunks > 0) collections[BLOB_COLLECTION] = chunks;
  return collections;
}

/**
 * Backs the store up into `file` (replacing it only once the new backup is complete and synced),
 * with the data-room file contents of `blobs` after the records.
 */
export async function backupStore(store: Store, file: string, blobs?: BlobStore): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w');
  try {
    const writer = new HashedLineWriter(handle);
    const collections = await writeContent(store, writer, blobs);
    const records = Object.values(collections).reduce((sum, count) => sum + count, 0);
    const sha256 = writer.digest();
    await writer.line(encodeLine({ trailer: { sha256, records, collections } }), false);
    await writer.flush();
    await handle.sync();
    await handle.close();
    await rename(partial, file);
    return { file, records, collections, sha256 };
  } catch (error) {
    // The handle may already be closed (the failure came later); the partial file goes either way.
    await handle.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}
