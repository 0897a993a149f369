// Why the configured store cannot be opened, said as one paragraph for the person at the terminal
// (npm start, npm run demo, backup/restore) instead of a stack trace.
import { DataDirLockedError } from './data-dir-lock.ts';
import { LegacyDataDirError } from './embedded.ts';
import { LEGACY_FOLDER } from './legacy/migrate.ts';

/** The paragraph for a refusal the person can act on; null for any other failure (a real bug, shown as is). */
export function openRefusalParagraph(error: unknown, what: string): string | null {
  if (error instanceof LegacyDataDirError) {
    return (
      `${what} refused: DATA_DIR ${error.dataDir} holds the NeDB datafiles (*.db) of an older release, which this ` +
      `version no longer opens (the embedded store is now SQLite). Move them over once with\n\n` +
      `    npm run migrate:store -- ${error.dataDir}\n\n` +
      `which copies every record into store.sqlite, checks the counts and keeps the old files in ` +
      `${LEGACY_FOLDER}/, then run the command again. Nothing in the folder was changed.`
    );
  }
  if (error instanceof DataDirLockedError) {
    return `${what} refused: DATA_DIR ${error.dataDir} is in use by process ${error.holderPid}. One process at a time owns an embedded data folder: stop that one first, or point DATA_DIR elsewhere.`;
  }
  return null;
}
