// Loads the demo into a store through the real application: starts createApp on the store on a
// loopback port, drives the REST API, and stops it again. Refuses when the demo is already there.
import { createApp } from '../app.ts';
import { DEFAULT_LIMITS } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/index.ts';
import { DemoApiClient } from './api-client.ts';
import { DemoClock } from './demo-clock.ts';
import { openDemoDeals } from './demo-deals.ts';
import { DEMO_ACCOUNTS } from './featured.ts';
import { FULL_DEMO, generateDemoData, type DemoSize } from './generate.ts';
import { loadDataset } from './loader.ts';
import { SILENT_PROGRESS, type DemoProgress } from './progress.ts';

// Months of history are played in minutes: no weekly outreach or daily listing limit, and no sweep
// of unanswered interest while the clock jumps (the server that runs afterwards sweeps on the real time).
const DEMO_TRUST = { interestPerWeek: 0, listingsPerDay: 0, sweepMs: 0 };

/** What a load put in the store, and how long it took. */
export interface DemoSummary {
  orgs: number;
  users: number;
  listings: number;
  anonymousListings: number;
  matches: number;
  deals: number;
  elapsedMs: number;
}

/** Loaded, or refused because a demo account already exists. */
export type DemoOutcome = { status: 'loaded'; summary: DemoSummary } | { status: 'already-loaded'; email: string };

/** The store to fill; the full demo unless `size` says otherwise; silent unless `progress` is given. */
export interface LoadDemoOptions {
  store: Store;
  logger: Logger;
  size?: DemoSize;
  progress?: DemoProgress;
}

/** The e-mail of a demo account already in the store, if any. */
export async function existingDemoAccount(store: Store): Promise<string | null> {
  const users = store.collection<{ _id: string; email: string }>('users');
  for (const { email } of Object.values(DEMO_ACCOUNTS)) {
    if (await users.findOne({ email })) return email;
  }
  return null;
}

/** Generates the data set and loads it through a temporary app on the store; refuses when already loaded. */
export async function loadDemo(options: LoadDemoOptions): Promise<DemoOutcome> {
  const started = performance.now();
  const existing = await existingDemoAccount(options.store);
  if (existing) return { status: 'already-loaded', email: existing };
  const dataset = generateDemoData(options.size ?? FULL_DEMO);
  const progress = options.progress ?? SILENT_PROGRESS;
  const clock = new DemoClock();
  // Every demo person signs up from this loopback address: the per-address sign-up cap would stop the
  // load. The clock dates the history the loader plays in the past.
  const app = await createApp({ store: options.store, logger: options.logger, limits: { ...DEFAULT_LIMITS, signupsPerAddress: 0 }, clock: clock.now, trust: DEMO_TRUST });
  try {
    const port = await app.listen(0, '127.0.0.1');
    const api = new DemoApiClient(`http://127.0.0.1:${port}`);
    const loaded = await loadDataset(api, dataset, progress, clock);
    const deals = await openDemoDeals({ api, clock, registry: app.registry, settle: () => app.settle() }, dataset, loaded, progress);
    return {
      status: 'loaded',
      summary: {
        orgs: loaded.orgs.size,
        users: loaded.users,
        listings: loaded.listings.size,
        anonymousListings: [...loaded.listings.values()].filter((listing) => listing.anonymous).length,
        matches: await options.store.collection('matches').count({}),
        deals,
        elapsedMs: Math.round(performance.now() - started),
      },
    };
  } finally {
    // Flushes the deal rooms' documents to the store before the caller closes it.
    await app.close();
    await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
  }
}
