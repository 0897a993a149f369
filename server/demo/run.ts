// `npm run demo`: fills the configured store (DATA_DIR or MONGODB_URL, as the server) with the
// demo data set. Options: --orgs N --listings N --seed N (defaults: the full demo).
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { openRefusalParagraph, openStore } from '../store/index.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './featured.ts';
import { FULL_DEMO, type DemoSize } from './generate.ts';
import { loadDemo, type DemoSummary } from './load-demo.ts';
import { terminalProgress } from './progress.ts';

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

function sizeFromArgs(): DemoSize {
  const { values } = parseArgs({ options: { orgs: { type: 'string' }, listings: { type: 'string' }, seed: { type: 'string' } } });
  const number = (text: string | undefined, fallback: number, name: string) => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number`);
    return value;
  };
  return { orgs: number(values.orgs, FULL_DEMO.orgs, 'orgs'), listings: number(values.listings, FULL_DEMO.listings, 'listings'), seed: number(values.seed, FULL_DEMO.seed, 'seed') };
}

function printSummary(summary: DemoSummary): void {
  print(`\nDemo loaded in ${(summary.elapsedMs / 1000).toFixed(1)} s:`);
  print(`  ${summary.orgs} organisations, ${summary.users} people`);
  print(`  ${summary.listings} listings (${summary.anonymousListings} anonymous)`);
  print(`  ${summary.matches} match suggestions stored, ${summary.deals} deal rooms`);
  print(`\nSign in with password ${DEMO_PASSWORD}:`);
  for (const account of Object.values(DEMO_ACCOUNTS)) print(`  ${account.email.padEnd(36)} ${account.name}`);
}

const config = loadConfig(process.env);
// The app's own info logs would drown the progress lines; warnings and errors still show.
const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
const size = sizeFromArgs();
const store = await openStore(config).catch((error: unknown) => {
  const refusal = openRefusalParagraph(error, 'The demo');
  if (refusal === null) throw error;
  process.stderr.write(`${refusal}\n`);
  process.exit(1);
});
try {
  print(`Loading the demo into ${config.mongodbUrl ? 'MongoDB' : `the embedded store in ${config.dataDir}`} (${size.orgs} organisations, ${size.listings} listings)…`);
  const outcome = await loadDemo({ store, logger, size, progress: terminalProgress() });
  if (outcome.status === 'already-loaded') {
    print(`The demo is already loaded (${outcome.email} exists); nothing to do. Use an empty DATA_DIR or database to load it again.`);
  } else {
    printSummary(outcome.summary);
  }
} finally {
  await store.close();
}
