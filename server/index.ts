// Entry point: reads configuration, opens the store, starts the app, and shuts down gracefully.
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { openRefusalParagraph, openStore } from './store/index.ts';

const config = loadConfig(process.env);
const logger = createLogger(config.logLevel);
const store = await openStore(config).catch((error: unknown) => {
  const refusal = openRefusalParagraph(error, 'Start');
  if (refusal === null) throw error;
  process.stderr.write(`${refusal}\n`);
  process.exit(1);
});
if (config.demoData) {
  // Imported only when asked for, so a normal start does not load the demo's building blocks.
  const { loadDemoOnFirstStart } = await import('./demo/index.ts');
  await loadDemoOnFirstStart(store, logger);
}
const app = await createApp({
  store,
  logger,
  limits: config.limits,
  staticDir: config.staticDir,
  cookieSecure: config.cookieSecure,
  adminEmails: config.adminEmails,
  trust: {
    interestPerWeek: config.interest.perWeek,
    listingsPerDay: config.listingsPerDay,
    newcomers: config.newcomers,
    timing: { remindAfterMs: config.interest.remindAfterMs, expireAfterMs: config.interest.expireAfterMs },
  },
  scaleOut: config.redisUrl ? { redisUrl: config.redisUrl } : undefined,
  mail: config.mail,
});
const port = await app.listen(config.port, config.host);
logger.info({ port, store: store.kind }, `Superconnector listening on http://localhost:${port}`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: flushing documents');
  try {
    await app.close();
    await store.close();
    logger.info('shutdown complete');
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
