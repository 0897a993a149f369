// Backup feature: dump every collection of a store to one checksummed NDJSON file and restore it
// into any store (embedded or MongoDB). The CLI is cli.ts (`npm run backup` / `npm run restore`).
export { backupStore, recordsOf, type BackupSummary } from './backup.ts';
export { BackupError, EXCLUDED_COLLECTIONS, type BackupErrorCode } from './format.ts';
export { verifyBackup, type VerifiedBackup } from './reader.ts';
export { restoreStore, type RestoreOptions, type RestoreSummary } from './restore.ts';
