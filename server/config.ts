// Configuration read once from the environment by server/index.ts; nothing else reads env.
import path from 'node:path';
import { z } from 'zod';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  MONGODB_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STATIC_DIR: z.string().default('./dist'),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  DEMO_DATA: z.enum(['0', '1', 'false', 'true']).default('0'),
  COLLAB_CONNECTIONS_PER_USER: z.coerce.number().int().min(0).optional(),
  API_RATE_LIMIT: z.coerce.number().int().min(0).optional(),
  API_RATE_WINDOW_MS: z.coerce.number().int().min(1).optional(),
  SOCKET_EVENT_LIMIT: z.coerce.number().int().min(0).optional(),
  LOGIN_FREE_FAILURES: z.coerce.number().int().min(0).optional(),
  LOGIN_DELAY_MS: z.coerce.number().int().min(0).optional(),
  LOGIN_MAX_DELAY_MS: z.coerce.number().int().min(0).optional(),
  LOGIN_FORGIVE_MS: z.coerce.number().int().min(1).optional(),
  LOGIN_ADDRESS_LIMIT: z.coerce.number().int().min(0).optional(),
  LOGIN_WINDOW_MS: z.coerce.number().int().min(1).optional(),
  SIGNUP_LIMIT: z.coerce.number().int().min(0).optional(),
  SIGNUP_WINDOW_MS: z.coerce.number().int().min(1).optional(),
  ADMIN_EMAILS: z.string().default(''),
  INTEREST_PER_WEEK: z.coerce.number().int().min(0).default(20),
  LISTINGS_PER_DAY: z.coerce.number().int().min(0).default(10),
  NEW_ORG_DAYS: z.coerce.number().min(0).default(30),
  NEW_ORG_LISTINGS: z.coerce.number().int().min(0).default(3),
  NEW_ORG_NOTIFY_MIN_SCORE: z.coerce.number().min(0).max(1).default(0.6),
  INTEREST_REMIND_DAYS: z.coerce.number().positive().default(3),
  INTEREST_EXPIRE_DAYS: z.coerce.number().positive().default(14),
  FILE_MAX_BYTES: z.coerce.number().int().min(1).optional(),
  DEAL_FILES_MAX_BYTES: z.coerce.number().int().min(1).optional(),
  SMTP_URL: z.string().url().optional(),
  // Goes into the From header as given: a line break in it would start another header.
  MAIL_FROM: z.string().regex(/^[^\r\n]+$/, 'MAIL_FROM must be one line').default('Superconnector <no-reply@superconnector.local>'),
  PUBLIC_URL: z.string().url().optional(),
});

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  mongodbUrl?: string;
  redisUrl?: string;
  logLevel: string;
  staticDir?: string;
  /** `auto`: Secure cookies when the request came over HTTPS (directly or via a proxy). */
  cookieSecure: 'auto' | boolean;
  /** Load the demo data set before listening when the store has no users yet. */
  demoData: boolean;
  /** E-mails of the instance's admins (ADMIN_EMAILS, comma-separated). */
  adminEmails: string[];
  limits: Limits;
  /** Weekly outreach per organisation, and when unanswered interest is reminded and expires. */
  interest: { perWeek: number; remindAfterMs: number; expireAfterMs: number };
  /** Listings one organisation may publish per rolling day (0 = no limit). */
  listingsPerDay: number;
  /** A new organisation (younger than `days` or with at most `listings` listings) notifies others only of matches scoring `minScore` or more. */
  newcomers: { days: number; listings: number; minScore: number };
  /** E-mail: SMTP_URL (absent: .eml files under DATA_DIR/outbox), MAIL_FROM, and PUBLIC_URL for links (default http://localhost:PORT). */
  mail: { smtpUrl?: string; from: string; publicUrl: string; outboxDir: string };
}

export interface Limits {
  /** Largest collaboration frame accepted; larger frames close that connection (1009). */
  maxFrameBytes: number;
  /** Largest JSON body accepted by the REST API. */
  maxJsonBytes: number;
  /** Failed logins for one e-mail answered without delay; each further one doubles the delay. */
  loginFreeFailures: number;
  /** The first delay after the free failures, and the cap (the owner waits at most that long). */
  loginDelayMs: number;
  loginMaxDelayMs: number;
  /** One failed login of an e-mail is forgiven per this much time. */
  loginForgiveAfterMs: number;
  /** Failed logins per address across all e-mails in the window (0 = no limit); more get 429. */
  loginFailuresPerAddress: number;
  loginWindowMs: number;
  /** Sign-up attempts per address in the window (0 = no limit); more get 429. */
  signupsPerAddress: number;
  signupWindowMs: number;
  /** Bytes queued for one collaboration client before it is dropped as too slow. */
  maxBufferedBytes: number;
  /** How long a document with no clients stays in memory. */
  docIdleMs: number;
  /**
   * How long incoming updates are batched before one durable append. Every window's appends (all
   * documents) share one fsynced commit, the costliest part of a flush; at 100 ms, the Saved notices'
   * own window, a typist sees "Saved" within about a tenth of a second and the store commits 10 times a second.
   */
  flushDelayMs: number;
  /** Stored updates per document that trigger compaction into the snapshot. */
  compactAfterUpdates: number;
  /** Simultaneous collaboration connections one user may hold (0 = no limit); more are refused with 429. */
  maxCollabConnectionsPerUser: number;
  /** REST requests per signed-in user (else per address) in the window (0 = no limit); more get 429. */
  apiRequestsPerWindow: number;
  apiWindowMs: number;
  /** Socket.IO events per connection in the window (0 = no limit); more are refused, twice as many cut it. */
  socketEventsPerWindow: number;
  socketWindowMs: number;
  /** Largest data-room file (one version), in bytes; larger uploads get 413. */
  fileMaxBytes: number;
  /** Most bytes the data-room files of one deal (every version) may hold together. */
  dealFilesMaxBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFrameBytes: 1024 * 1024,
  maxJsonBytes: 64 * 1024,
  loginFreeFailures: 5,
  loginDelayMs: 1000,
  loginMaxDelayMs: 20_000,
  loginForgiveAfterMs: 60_000,
  loginFailuresPerAddress: 50,
  loginWindowMs: 15 * 60_000,
  signupsPerAddress: 100,
  signupWindowMs: 60 * 60_000,
  maxBufferedBytes: 8 * 1024 * 1024,
  docIdleMs: 30_000,
  flushDelayMs: 100,
  compactAfterUpdates: 200,
  maxCollabConnectionsPerUser: 50,
  apiRequestsPerWindow: 3000,
  apiWindowMs: 60_000,
  socketEventsPerWindow: 300,
  socketWindowMs: 10_000,
  fileMaxBytes: 2 * 1024 ** 3,
  dealFilesMaxBytes: 20 * 1024 ** 3,
};

function limitsFrom(parsed: z.output<typeof ConfigSchema>): Limits {
  return {
    ...DEFAULT_LIMITS,
    maxCollabConnectionsPerUser: parsed.COLLAB_CONNECTIONS_PER_USER ?? DEFAULT_LIMITS.maxCollabConnectionsPerUser,
    apiRequestsPerWindow: parsed.API_RATE_LIMIT ?? DEFAULT_LIMITS.apiRequestsPerWindow,
    apiWindowMs: parsed.API_RATE_WINDOW_MS ?? DEFAULT_LIMITS.apiWindowMs,
    socketEventsPerWindow: parsed.SOCKET_EVENT_LIMIT ?? DEFAULT_LIMITS.socketEventsPerWindow,
    loginFreeFailures: parsed.LOGIN_FREE_FAILURES ?? DEFAULT_LIMITS.loginFreeFailures,
    loginDelayMs: parsed.LOGIN_DELAY_MS ?? DEFAULT_LIMITS.loginDelayMs,
    loginMaxDelayMs: parsed.LOGIN_MAX_DELAY_MS ?? DEFAULT_LIMITS.loginMaxDelayMs,
    loginForgiveAfterMs: parsed.LOGIN_FORGIVE_MS ?? DEFAULT_LIMITS.loginForgiveAfterMs,
    loginFailuresPerAddress: parsed.LOGIN_ADDRESS_LIMIT ?? DEFAULT_LIMITS.loginFailuresPerAddress,
    loginWindowMs: parsed.LOGIN_WINDOW_MS ?? DEFAULT_LIMITS.loginWindowMs,
    signupsPerAddress: parsed.SIGNUP_LIMIT ?? DEFAULT_LIMITS.signupsPerAddress,
    signupWindowMs: parsed.SIGNUP_WINDOW_MS ?? DEFAULT_LIMITS.signupWindowMs,
    fileMaxBytes: parsed.FILE_MAX_BYTES ?? DEFAULT_LIMITS.fileMaxBytes,
    dealFilesMaxBytes: parsed.DEAL_FILES_MAX_BYTES ?? DEFAULT_LIMITS.dealFilesMaxBytes,
  };
}

const DAY_MS = 24 * 60 * 60_000;

export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = ConfigSchema.parse(env);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: parsed.DATA_DIR,
    mongodbUrl: parsed.MONGODB_URL,
    redisUrl: parsed.REDIS_URL,
    logLevel: parsed.LOG_LEVEL,
    staticDir: parsed.STATIC_DIR,
    cookieSecure: parsed.COOKIE_SECURE === 'auto' ? 'auto' : parsed.COOKIE_SECURE === 'true',
    demoData: parsed.DEMO_DATA === '1' || parsed.DEMO_DATA === 'true',
    adminEmails: parsed.ADMIN_EMAILS.split(',').map((email) => email.trim().toLowerCase()).filter(Boolean),
    limits: limitsFrom(parsed),
    interest: {
      perWeek: parsed.INTEREST_PER_WEEK,
      remindAfterMs: parsed.INTEREST_REMIND_DAYS * DAY_MS,
      expireAfterMs: parsed.INTEREST_EXPIRE_DAYS * DAY_MS,
    },
    listingsPerDay: parsed.LISTINGS_PER_DAY,
    newcomers: { days: parsed.NEW_ORG_DAYS, listings: parsed.NEW_ORG_LISTINGS, minScore: parsed.NEW_ORG_NOTIFY_MIN_SCORE },
    mail: {
      smtpUrl: parsed.SMTP_URL,
      from: parsed.MAIL_FROM,
      publicUrl: parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`,
      outboxDir: path.join(parsed.DATA_DIR, 'outbox'),
    },
  };
}
