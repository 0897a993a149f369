// Store feature: the storage port and the adapter chosen by configuration.
import { EmbeddedStore } from './embedded.ts';
import { MongoStore } from './mongo.ts';
import type { Store } from './port.ts';

export * from './port.ts';
export { EmbeddedStore, LegacyDataDirError } from './embedded.ts';
export { DataDirLockedError } from './data-dir-lock.ts';
export { openRefusalParagraph } from './open-refusal.ts';
export { MongoStore } from './mongo.ts';
export { migrateDataDir, openLegacyCopy, LEGACY_FOLDER } from './legacy/migrate.ts';

/** MongoDB when a URL is configured, otherwise the embedded store under dataDir. */
export function openStore(options: { mongodbUrl?: string; dataDir: string }): Promise<Store> {
  return options.mongodbUrl ? MongoStore.open(options.mongodbUrl) : EmbeddedStore.open(options.dataDir);
}
