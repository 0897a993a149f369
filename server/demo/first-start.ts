// DEMO_DATA=1: on the first start of an empty store, load the demo before the server listens.
import type { Logger } from '../logger.ts';
import type { Store } from '../store/index.ts';
import { loadDemo } from './load-demo.ts';
import type { DemoProgress } from './progress.ts';

/** Logs each phase when it completes, so a server log shows the load without a line per listing. */
function loggedProgress(logger: Logger): DemoProgress {
  return {
    step(phase, done, total) {
      if (done === total) logger.info({ phase, done }, `demo ${phase} loaded`);
    },
  };
}

/** Loads the demo when the store has no users yet; a store anyone has signed up to is left alone. */
export async function loadDemoOnFirstStart(store: Store, logger: Logger): Promise<void> {
  const log = logger.child({ feature: 'demo' });
  if ((await store.collection('users').count({})) > 0) {
    log.info('store already has users; demo data not loaded');
    return;
  }
  log.info('empty store: loading demo data before listening');
  // The temporary app's own info logs (one per request path) would bury the server's start-up log.
  const outcome = await loadDemo({ store, logger: log.child({}, { level: 'warn' }), progress: loggedProgress(log) });
  if (outcome.status === 'loaded') log.info(outcome.summary, 'demo data loaded');
}
