// A real Superconnector server on a random port over the embedded store in a temp dir.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../server/app.ts';
import type { Clock } from '../../server/clock.ts';
import { DEFAULT_LIMITS, type Limits } from '../../server/config.ts';
import type { DealRoomOptions } from '../../server/wiring/deal-rooms.ts';
import type { MailOptions } from '../../server/wiring/mail.ts';
import type { TrustOptions } from '../../server/wiring/marketplace.ts';
import { createLogger } from '../../server/logger.ts';
import type { ScaleOutOptions } from '../../server/scale/index.ts';
import { EmbeddedStore, isMongoStore, type Store } from '../../server/store/index.ts';
import { FsBlobStore } from '../../server/dataroom/index.ts';

export interface TestServer {
  url: string;
  wsUrl: string;
  port: number;
  app: App;
  store: Store;
  dataDir: string;
  /**
   * Stops the app and closes the store; `keepData` leaves the directory for a restart, `keepStore`
   * leaves a store shared with other instances open.
   */
  close(options?: { keepData?: boolean; keepStore?: boolean }): Promise<void>;
}

export interface TestServerOptions {
  dataDir?: string;
  limits?: Partial<Limits>;
  staticDir?: string;
  store?: Store;
  dealRooms?: Partial<DealRoomOptions>;
  /** Joins the instance to others over Redis (several instances can share one `store`). */
  scaleOut?: ScaleOutOptions;
  /** E-mails of admins (they see every deal on the dashboard). */
  adminEmails?: readonly string[];
  /** How long a session lives (default 30 days). */
  sessionTtlMs?: number;
  /** When business records are dated (default: the system clock). */
  clock?: Clock;
  /** Outreach limits and the timing of unanswered interest; no daily listing limit or newcomer floor unless given. */
  trust?: Partial<TrustOptions>;
  /** How e-mail leaves; default: .eml files under `<dataDir>/outbox`, swept every 50 ms. */
  mail?: Partial<MailOptions>;
  /** How often due digests are looked for (default 60 s). */
  digestSweepMs?: number;
  /** How often reminders are looked for (default 60 s). */
  reminderSweepMs?: number;
}

/** Nobody counts as new: every match is notified to both sides. */
const NO_NEWCOMERS = { days: 0, listings: 0, minScore: 0 };

export async function makeTempDir(prefix = 'superconnector-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await makeTempDir());
  const store = options.store ?? (await EmbeddedStore.open(dataDir));
  const app = await createApp({
    store,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    limits: { ...DEFAULT_LIMITS, docIdleMs: 500, ...options.limits },
    staticDir: options.staticDir,
    cookieSecure: false,
    dealRooms: options.dealRooms,
    scaleOut: options.scaleOut,
    adminEmails: options.adminEmails,
    sessionTtlMs: options.sessionTtlMs,
    clock: options.clock,
    digestSweepMs: options.digestSweepMs,
    // Fixtures publish many listings from brand-new organisations within seconds; the daily limit
    // and the newcomer floor have their own tests.
    trust: { listingsPerDay: 0, newcomers: NO_NEWCOMERS, ...options.trust },
    reminderSweepMs: options.reminderSweepMs,
    mail: { outboxDir: path.join(dataDir, 'outbox'), from: 'Superconnector <no-reply@superconnector.test>', publicUrl: 'http://superconnector.test', sweepMs: 50, ...options.mail },
    // A wrapped store (FaultyStore) names no directory of its own: its files go beside it.
    blobs: store instanceof EmbeddedStore || isMongoStore(store) ? undefined : await FsBlobStore.open(path.join(dataDir, 'files')),
  });
  const port = await app.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    app,
    store,
    dataDir,
    close: async ({ keepData = false, keepStore = false } = {}) => {
      await app.close();
      await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
      if (keepStore) return;
      await store.close();
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
