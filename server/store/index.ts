// Store feature: the storage port and the adapter chosen by configuration.
import { EmbeddedStore } from './embedded.ts';
import type { MongoStore } from './mongo.ts';
import type { Store } from './port.ts';

export * from './port.ts';
export { EmbeddedStore, LegacyDataDirError } from './embedded.ts';
export { DataDirLockedError } from './data-dir-lock.ts';
export type { MongoStore } from './mongo.ts';
export { openRefusalParagraph } from './open-refusal.ts';
export { migrateDataDir, openLegacyCopy, LEGACY_FOLDER } from './legacy/migrate.ts';

/** MongoDB when a URL is configured, otherwise the embedded store under dataDir. */
export function openStore(options: { mongodbUrl?: string; dataDir: string }): Promise<Store> {
  return options.mongodbUrl ? openMongoStore(options.mongodbUrl) : EmbeddedStore.open(options.dataDir);
}

/** Connects to MongoDB; the driver (≈20 MB resident) is loaded only here, never by an embedded-store process. */
export async function openMongoStore(url: string): Promise<MongoStore> {
  const { MongoStore: Adapter } = await import('./mongo.ts');
  return Adapter.open(url);
}

/** Whether `store` is the MongoDB adapter (told by its kind, so asking does not load the driver). */
export function isMongoStore(store: Store): store is MongoStore {
  return store.kind === 'mongodb' && 'db' in store;
}
