// `npm run backup -- <file>` and `npm run restore -- <file> [--force]`: open the configured store
// exactly as the server does (DATA_DIR embedded, or MONGODB_URL) and move all of it to or from a file.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openBlobStore } from '../dataroom/index.ts';
import { createLogger } from '../logger.ts';
import { LegacyDataDirError, openLegacyCopy, openRefusalParagraph, openStore, type Store } from '../store/index.ts';
import { backupStore } from './backup.ts';
import { BackupError } from './format.ts';
import { restoreStore } from './restore.ts';

const USAGE = 'usage: npm run backup -- <file>   |   npm run restore -- <file> [--force]';

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

function describeCounts(collections: Record<string, number>): string {
  const counts = Object.entries(collections).map(([name, count]) => `${name} ${count}`);
  return counts.length > 0 ? counts.join(', ') : '(no records)';
}

async function run(command: string, file: string, force: boolean, store: Store): Promise<void> {
  const blobs = await openBlobStore(store, createLogger('warn'));
  if (command === 'backup') {
    const summary = await backupStore(store, file, blobs);
    print(`Backed up ${summary.records} records to ${file} (sha256 ${summary.sha256}).`);
    print(`  ${describeCounts(summary.collections)}`);
    return;
  }
  const summary = await restoreStore(store, file, { force, blobs });
  if (summary.replaced > 0) print(`Removed the ${summary.replaced} records the store held (--force).`);
  print(`Restored ${summary.records} records from ${file}.`);
  print(`  ${describeCounts(summary.collections)}`);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
const [command, fileArg] = positionals;
if ((command !== 'backup' && command !== 'restore') || !fileArg || positionals.length > 2) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const config = loadConfig(process.env);
const target = config.mongodbUrl ? 'MongoDB' : `the embedded store in ${config.dataDir}`;
print(`${command === 'backup' ? 'Backing up' : 'Restoring into'} ${target}…`);
const store = await openStore(config).catch((error: unknown) => {
  // An old NeDB folder can still be backed up (read through a temporary copy); restore goes into a migrated one.
  if (error instanceof LegacyDataDirError && command === 'backup') return openLegacyCopy(config.dataDir);
  const refusal = openRefusalParagraph(error, command);
  if (refusal === null) throw error;
  process.stderr.write(`${refusal}\n`);
  process.exit(1);
});
try {
  await run(command, path.resolve(fileArg), values.force, store);
} catch (error) {
  process.exitCode = 1;
  if (error instanceof BackupError) {
    process.stderr.write(`${command} refused: ${error.message}\n`);
  } else {
    // Verification passed before anything was written, so a failure here is the store's (or the disk's).
    const partial = command === 'restore' ? ' The store may hold part of the backup: fix the cause and rerun with --force.' : '';
    process.stderr.write(`${command} failed: ${(error as Error).message}.${partial}\n`);
  }
} finally {
  await store.close();
}
