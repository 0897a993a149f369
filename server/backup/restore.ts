// Restores a verified backup file into a store: refuses a damaged file before touching anything,
// and refuses a store that already holds records unless forced (then its contents are replaced).
import type { Store, StoredRecord } from '../store/index.ts';
import type { BlobStore } from '../dataroom/index.ts';
import { BLOB_COLLECTION, BlobRestorer, type BlobChunkRecord } from './blob-lines.ts';
import { BackupError } from './format.ts';
import { backupRecords, verifyBackup } from './reader.ts';

/** How to treat a target store that is not empty. */
export interface RestoreOptions {
  /** Replace whatever the store holds instead of refusing a non-empty store. */
  force?: boolean;
  /** Where the backup's data-room file contents go. */
  blobs?: BlobStore;
}

/** What a restore loaded, and what it removed first. */
export interface RestoreSummary {
  records: number;
  collections: Record<string, number>;
  /** Records removed from the target first (only with force). */
  replaced: number;
}

const BATCH_SIZE = 500;

/** Collections of the store that hold at least one record. */
async function nonEmptyCollections(store: Store): Promise<string[]> {
  const names = await store.listCollections();
  const counts = await Promise.all(names.map((name) => store.collection(name).count({})));
  return names.filter((_, index) => counts[index] > 0);
}

async function clearStore(store: Store, names: string[]): Promise<number> {
  let removed = 0;
  for (const name of names) removed += await store.collection(name).deleteMany({});
  return removed;
}

async function insertAll(store: Store, file: string, blobs?: BlobStore): Promise<Record<string, number>> {
  const collections: Record<string, number> = {};
  const restorer = new BlobRestorer(blobs);
  let batch: StoredRecord[] = [];
  let batchCollection = '';
  const flush = async () => {
    if (batch.length > 0) await store.collection(batchCollection).insertMany(batch);
    batch = [];
  };
  for await (const { collection, record } of backupRecords(file)) {
    collections[collection] = (collections[collection] ?? 0) + 1;
    if (collection === BLOB_COLLECTION) {
      await restorer.add(record as BlobChunkRecord);
      continue;
    }
    if (collection !== batchCollection || batch.length >= BATCH_SIZE) await flush();
    batchCollection = collection;
    batch.push(record);
  }
  await flush();
  await restorer.finish();
  return collections;
}

/** Checks `file` end to end, then loads every record in it into `store`. */
export async function restoreStore(store: Store, file: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const { trailer } = await verifyBackup(file);
  const occupied = await nonEmptyCollections(store);
  if (occupied.length > 0 && !options.force) {
    throw new BackupError('not_empty', `the target store already holds records (${occupied.join(', ')}); restore into an empty store, or pass --force to replace its contents`);
  }
  const replaced = await clearStore(store, occupied);
  const collections = await insertAll(store, file, options.blobs);
  return { records: trailer.records, collections, replaced };
}
