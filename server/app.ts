// createApp builds the whole server (Express, Socket.IO, collaboration endpoint) around a store;
// it reads no environment and listens nowhere until asked.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import {
  Authenticator,
  accountSecurityRoutes,
  apiRateLimit,
  attachAuth,
  authRoutes,
  csrfProtection,
  type SessionEnd,
} from './auth/index.ts';
import { CollabServer, DocAccessPolicy, DocRegistry } from './collab/index.ts';
import { systemClock, type Clock } from './clock.ts';
import type { AppConfig, Limits } from './config.ts';
import { apiDocsRoutes } from './api-docs/index.ts';
import { AdminDirectory } from './dashboard/index.ts';
import { DealReaders } from './deals/index.ts';
import { healthRoutes } from './health/routes.ts';
import { answerClientErrorsAsJson, ApiRouter, boundedQueryParser, errorMiddleware, NotFoundError, securityHeaders, staticClient } from './http/index.ts';
import type { Logger } from './logger.ts';
import { NoteService, noteAccessResolver, noteRoutes } from './notes/index.ts';
import { listingRoutes } from './listings/index.ts';
import { listingMatchRoutes, matchRoutes } from './matches/index.ts';
import { invitationRoutes } from './invitations/index.ts';
import { orgRoutes } from './orgs/index.ts';
import { orgActivityRoutes } from './activity/index.ts';
import { createNotificationCenter, notificationRoutes } from './notifications/index.ts';
import { createSocketServer, disconnectEndedSessions, disconnectLapsedSessions, type AppSocketServer } from './realtime/index.ts';
import type { ScaleOutOptions } from './scale/index.ts';
import type { Store } from './store/index.ts';
import { taxonomyRoutes } from './taxonomy/index.ts';
import { isRawUpload, openBlobStore, type BlobStore } from './dataroom/index.ts';
import { createDealRooms, type DealRoomOptions } from './wiring/deal-rooms.ts';
import { createHome } from './wiring/home.ts';
import { createMail, type MailOptions } from './wiring/mail.ts';
import { createDigests } from './digest/index.ts';
import { APP_INDEXES } from './wiring/indexes.ts';
import { invitationWiring } from './wiring/invitations.ts';
import { createMarketplace, orgTrail, type TrustOptions } from './wiring/marketplace.ts';
import { createMeetings } from './wiring/meetings.ts';
import { createReminderSweep } from './wiring/reminders.ts';
import { createPasswordReset } from './wiring/password-reset.ts';
import { createRepositories } from './wiring/repositories.ts';

export interface AppDeps {
  /** Deal-room timings and limits (auto-version quiet time, document size limit…). */
  dealRooms?: Partial<DealRoomOptions>;
  store: Store;
  logger: Logger;
  limits: Limits;
  staticDir?: string;
  cookieSecure?: AppConfig['cookieSecure'];
  /** How often listings past their expiry are retired from the engine and inboxes (default 60 s). */
  listingSweepMs?: number;
  /** Several instances sharing documents and events over Redis; absent = a single instance. */
  scaleOut?: ScaleOutOptions;
  /** E-mails of the instance's admins: they see every deal on the managers' dashboard. */
  adminEmails?: readonly string[];
  /** How long a session lives from sign-in (default 30 days). */
  sessionTtlMs?: number;
  /** Where data-room file contents go (default: GridFS beside MongoDB, DATA_DIR/files beside the embedded store). */
  blobs?: BlobStore;
  /**
   * When the business records (listings, matches, deals, stages, sign-offs, activity,
   * notifications) are dated; the system clock unless the demo loader back-dates its history.
   */
  clock?: Clock;
  /** Outreach limits and the timing of unanswered interest (defaults: README). */
  trust?: Partial<TrustOptions>;
  /** How e-mail leaves (SMTP or the outbox folder); absent: messages are queued and never sent. */
  mail?: MailOptions;
  /** How often due digests are looked for (default 60 s; 0 = never by timer). */
  digestSweepMs?: number;
  /** How often meetings, terms and questions are looked at for reminders (default 60 s). */
  reminderSweepMs?: number;
}

export interface App {
  httpServer: HttpServer;
  /** The Express app behind httpServer (its router stack is what the OpenAPI test checks the document against). */
  web: express.Express;
  io: AppSocketServer;
  registry: DocRegistry;
  /** Listens on the port (0 = any free one) and resolves with the port in use. */
  listen(port: number, host?: string): Promise<number>;
  /** Runs the document-change work still waiting (progress recounts, sign-off checks) and resolves once it has finished. */
  settle(): Promise<void>;
  /** Stops accepting, closes sockets, and flushes every document to the store. */
  close(): Promise<void>;
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { store, logger, limits } = deps;
  await store.ensureIndexes(APP_INDEXES);

  const repos = createRepositories(store, { sessionTtlMs: deps.sessionTtlMs });
  const { users, sessions, notes } = repos;
  const authenticator = new Authenticator(users, sessions);

  const access = new DocAccessPolicy();
  access.register('note', noteAccessResolver(notes));
  // Loaded only when configured: the Redis clients weigh ~10 MB that a single instance does not need.
  const scaleOut = deps.scaleOut ? await (await import('./scale/index.ts')).connectScaleOut(deps.scaleOut, logger.child({ feature: 'scale' })) : undefined;
  const registry = new DocRegistry(
    repos.updateLog,
    repos.authorship,
    { idleMs: limits.docIdleMs, flushDelayMs: limits.flushDelayMs, compactAfterUpdates: limits.compactAfterUpdates },
    logger.child({ feature: 'collab' }),
    scaleOut?.cluster,
  );

  const web = express();
  const httpServer = createServer(web);
  // A data-room upload of a large file outlasts Node's default 5 minutes for a whole request;
  // the headers must still arrive within headersTimeout, which keeps slow-header attacks out.
  httpServer.requestTimeout = 4 * 60 * 60_000;
  answerClientErrorsAsJson(httpServer);
  const io = createSocketServer(
    httpServer,
    authenticator,
    { eventsPerWindow: limits.socketEventsPerWindow, windowMs: limits.socketWindowMs },
    logger.child({ feature: 'realtime' }),
  );
  const collab = new CollabServer({
    authenticator,
    access,
    registry,
    logger: logger.child({ feature: 'collab' }),
    maxFrameBytes: limits.maxFrameBytes,
    maxBufferedBytes: limits.maxBufferedBytes,
    maxConnectionsPerUser: limits.maxCollabConnectionsPerUser,
    cluster: scaleOut?.cluster,
  });
  collab.attach(httpServer);
  await scaleOut?.attachSocketIo(io);
  scaleOut?.cluster.onEvent((event) => {
    if (event.type !== 'reconnected') return;
    disconnectLapsedSessions(io, authenticator).catch((error: unknown) => logger.error({ err: error }, 're-checking socket sessions after a Redis outage failed'));
  });
  const admins = new AdminDirectory(deps.adminEmails ?? []);
  const mail = await createMail({ store, options: deps.mail, isAdmin: (user) => admins.isAdmin(user), logger: logger.child({ feature: 'mail' }), clock: deps.clock ?? systemClock });
  const digests = createDigests({
    store,
    notifications: repos.notifications,
    people: users,
    mail: mail.service,
    optOuts: mail.optOuts,
    sweepMs: deps.digestSweepMs ?? 60_000,
    logger: logger.child({ feature: 'digest' }),
    clock: deps.clock ?? systemClock,
  });
  const noteService = new NoteService({ notes, users, io, refreshDocAccess: (name) => collab.refreshAccess(name) });
  const invitationParts = invitationWiring(repos, deps.clock);
  const notifications = createNotificationCenter({
    notifications: repos.notifications,
    preferences: repos.preferences,
    io,
    dealMembers: new DealReaders(repos.deals, repos.dealMembers),
    matches: repos.matches,
    orgMembers: repos.memberships,
    invitees: invitationParts.audience,
    clock: deps.clock,
    observer: digests.observer,
  });
  const invitations = invitationParts.service(notifications, logger.child({ feature: 'invitations' }), mail.service);
  const marketplace = await createMarketplace({ repos, io, notifications, invitations, indexPeers: scaleOut?.indexPeers, logger, listingSweepMs: deps.listingSweepMs, clock: deps.clock, trust: deps.trust, adminEmails: deps.adminEmails });
  const dealRooms = createDealRooms({
    repos,
    registry,
    access,
    io,
    refreshDocAccess: (name) => collab.refreshAccess(name),
    logger: logger.child({ feature: 'deals' }),
    options: deps.dealRooms,
    adminEmails: deps.adminEmails,
    notifications,
    observeMatchChanges: marketplace.observeMatchChanges,
    invitations,
    clock: deps.clock,
    blobs: deps.blobs ?? (await openBlobStore(store, logger.child({ feature: 'dataroom' }))),
    fileLimits: { fileMaxBytes: limits.fileMaxBytes, dealMaxBytes: limits.dealFilesMaxBytes },
  });
  const meetings = createMeetings({ repos, registry, access, io, mail: mail.service, logger: logger.child({ feature: 'meetings' }), clock: deps.clock });
  const reminders = createReminderSweep({ repos, registry, mail: mail.service, meetingReminders: meetings.reminders, sweepMs: deps.reminderSweepMs, logger: logger.child({ feature: 'reminders' }), clock: deps.clock ?? systemClock });
  // Without a way for mail to leave (the demo loader's temporary app) nobody is reminded of anything.
  if (deps.mail) reminders.start();

  web.disable('x-powered-by');
  web.set('trust proxy', 'loopback');
  web.set('query parser', boundedQueryParser);
  web.use(securityHeaders({ httpsOnly: deps.cookieSecure === true }));
  const health = healthRoutes({
    storeKind: store.kind,
    pingStore: () => store.ping(),
    openDocs: () => registry.openCount,
    collabConnections: () => collab.connectionCount,
  });
  web.use(health.router);
  const json = express.json({ limit: limits.maxJsonBytes });
  web.use(
    '/api',
    (req, res, next) => (isRawUpload(req) ? next() : json(req, res, next)),
    attachAuth(authenticator),
    apiRateLimit({ limit: limits.apiRequestsPerWindow, windowMs: limits.apiWindowMs }),
    csrfProtection(),
  );
  // An ended session's sockets go at once, everywhere; the store already refuses its token.
  const sessionEnds = {
    end: async (end: SessionEnd) => {
      disconnectEndedSessions(io, end);
      await collab.endSessions(end);
    },
  };
  const passwordReset = createPasswordReset({ store, users, sessions, sessionEnds, mail: mail.service, limits, clock: deps.clock ?? systemClock, logger: logger.child({ feature: 'password-reset' }) });
  // Every REST route is mounted through the registry, which also writes the OpenAPI document.
  const api = new ApiRouter();
  api.use('/api/auth', authRoutes({ users, sessions, limits, cookieSecure: deps.cookieSecure ?? 'auto', sessionEnds }));
  api.use('/api/auth', accountSecurityRoutes({ users, sessions, sessionEnds, wrongPasswordWindowMs: limits.loginWindowMs }));
  api.use('/api/auth', passwordReset.routes);
  api.use('/api/notes', noteRoutes(noteService));
  api.use('/api/taxonomy', taxonomyRoutes());
  api.use('/api/orgs', orgActivityRoutes(orgTrail(repos)));
  api.use('/api/orgs', marketplace.exclusionRoutes);
  api.use('/api/orgs', orgRoutes(marketplace.orgs));
  api.use('/api/notifications/email', digests.routes);
  api.use('/api/notifications', notificationRoutes(notifications));
  api.use('/api/invitations', invitationRoutes(invitations));
  api.use('/api/mail', mail.routes);
  api.use('/api/listings', listingMatchRoutes(marketplace.matches));
  api.use('/api/listings', listingRoutes(marketplace.listings));
  api.use('/api/matches/:id/meetings', meetings.matchRoutes);
  api.use('/api/matches', marketplace.outreachLimitRoutes);
  api.use('/api/matches', matchRoutes(marketplace.matches));
  api.use('/api/moderation', marketplace.moderationRoutes);
  api.use('/api/deals/:id/meetings', meetings.dealRoutes);
  api.use('/api/deals', dealRooms.routes);
  api.use('/api/meetings', meetings.routes);
  api.use('/api/home', createHome({ repos, registry, matches: marketplace.matches, dashboard: dealRooms.dashboard }));
  api.use('/api', dealRooms.dashboardRoutes);
  api.use('/api', apiDocsRoutes(() => [...health.routes(), ...api.routes()]));
  web.use(api.router);
  web.use('/api', (_req, _res, next) => next(new NotFoundError('Endpoint')));
  web.use(staticClient(deps.staticDir));
  web.use(errorMiddleware(logger.child({ feature: 'http' })));

  return {
    httpServer,
    web,
    io,
    registry,
    settle: () => dealRooms.settle(),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    close: async () => {
      await marketplace.sweeper.stop();
      await digests.sweep.stop();
      await reminders.stop();
      await passwordReset.settle();
      await mail.close();
      await marketplace.interestSweep.stop();
      await marketplace.indexer.close();
      collab.close();
      await io.close();
      httpServer.closeAllConnections();
      await dealRooms.close();
      await registry.closeAll();
      await scaleOut?.close();
    },
  };
}
