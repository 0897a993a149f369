// `npm run migrate:store -- <DATA_DIR>`: see migrate.ts.
import path from 'node:path';
import { DataDirLockedError } from '../data-dir-lock.ts';
import { migrateDataDir } from './migrate.ts';

const [dataDirArg, ...rest] = process.argv.slice(2);
if (!dataDirArg || rest.length > 0) {
  process.stderr.write('usage: npm run migrate:store -- <DATA_DIR>\n');
  process.exit(2);
}
const dataDir = path.resolve(dataDirArg);
try {
  const report = await migrateDataDir(dataDir);
  if (report.status === 'nothing-to-migrate') {
    process.stdout.write(`${dataDir} holds no NeDB datafiles: nothing to migrate.\n`);
  } else {
    for (const { collection, records, tornTail } of report.collections) {
      process.stdout.write(`  ${collection}: ${records} records${tornTail ? ' (an unacknowledged torn last line left out)' : ''}\n`);
    }
    process.stdout.write(`Migrated ${dataDir} to SQLite; counts verified. The old datafiles are in ${report.keptAside}.\n`);
  }
} catch (error) {
  const refused = error instanceof DataDirLockedError ? 'refused' : 'failed';
  process.stderr.write(`migrate:store ${refused}: ${(error as Error).message}\n`);
  process.exit(1);
}
