// createApp builds the whole server (Express, Socket.IO, collaboration endpoint) around a store;
// it reads no environment and listens nowhere until asked.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import helmet from 'helmet';
import {
  Authenticator,
  SessionRepository,
  SESSION_INDEXES,
  USER_INDEXES,
  UserRepository,
  attachAuth,
  authRoutes,
  csrfProtection,
} from './auth/index.ts';
import {
  AUTHORSHIP_INDEXES,
  AuthorshipLog,
  CollabServer,
  DocAccessPolicy,
  DocRegistry,
  UPDATE_LOG_INDEXES,
  UpdateLog,
} from './collab/index.ts';
import type { AppConfig, Limits } from './config.ts';
import { healthRoutes } from './health/routes.ts';
import { errorMiddleware } from './http/error-middleware.ts';
import { NotFoundError } from './http/errors.ts';
import { staticClient } from './http/static-client.ts';
import type { Logger } from './logger.ts';
import { NOTE_INDEXES, NoteRepository, NoteService, noteAccessResolver, noteRoutes } from './notes/index.ts';
import { createDealRooms, DEAL_ROOM_INDEXES, type DealRoomOptions } from './deals/deal-rooms.ts';
import {
  ExpirySweeper,
  LISTING_INDEXES,
  ListingIndexer,
  ListingPresenter,
  ListingRepository,
  ListingService,
  listingRoutes,
  type MatchEnginePort,
} from './listings/index.ts';
import {
  DEFAULT_SUGGESTION_POLICY,
  MATCH_INDEXES,
  MatchNotifier,
  MatchPresenter,
  MatchRepository,
  MatchService,
  MatchSuggester,
  listingMatchRoutes,
  matchRoutes,
} from './matches/index.ts';
import { MatchingEngine } from './matching/index.ts';
import { MEMBERSHIP_INDEXES, MembershipRepository, OrgRepository, OrgService, orgRoutes } from './orgs/index.ts';
import { ACTIVITY_INDEXES, ActivityLog } from './activity/index.ts';
import { createSocketServer, type AppSocketServer } from './realtime/index.ts';
import type { Store } from './store/index.ts';
import { taxonomyRoutes } from './taxonomy/index.ts';

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
}

export interface App {
  httpServer: HttpServer;
  io: AppSocketServer;
  registry: DocRegistry;
  /** Listens on the port (0 = any free one) and resolves with the port in use. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, closes sockets, and flushes every document to the store. */
  close(): Promise<void>;
}

const INDEXES = [
  ...USER_INDEXES,
  ...SESSION_INDEXES,
  ...UPDATE_LOG_INDEXES,
  ...AUTHORSHIP_INDEXES,
  ...NOTE_INDEXES,
  ...MEMBERSHIP_INDEXES,
  ...LISTING_INDEXES,
  ...MATCH_INDEXES,
  ...ACTIVITY_INDEXES,
  ...DEAL_ROOM_INDEXES,
];

const DEFAULT_LISTING_SWEEP_MS = 60_000;

interface Marketplace {
  orgs: OrgService;
  listings: ListingService;
  matches: MatchService;
  sweeper: ExpirySweeper;
}

/**
 * Organisations, listings and matches around one matching engine, loaded with every live listing
 * in the store before the app takes requests.
 */
async function createMarketplace(deps: AppDeps, users: UserRepository, io: AppSocketServer): Promise<Marketplace> {
  const { store } = deps;
  const logger = deps.logger.child({ feature: 'matches' });
  const orgRepo = new OrgRepository(store);
  const memberships = new MembershipRepository(store);
  const listingRepo = new ListingRepository(store);
  const matchRepo = new MatchRepository(store);
  const engine: MatchEnginePort = new MatchingEngine();
  const indexer = new ListingIndexer(engine, listingRepo, orgRepo);
  const matchPresenter = new MatchPresenter(listingRepo, orgRepo, engine);
  const notifier = new MatchNotifier(io, memberships, matchPresenter, logger);
  const suggester = new MatchSuggester({ engine, listings: listingRepo, matches: matchRepo, notifier, policy: DEFAULT_SUGGESTION_POLICY, logger });
  const listings = new ListingService({
    listings: listingRepo,
    orgs: orgRepo,
    memberships,
    indexer,
    presenter: new ListingPresenter(orgRepo, (hidden, orgIds) => matchRepo.revealedTo(hidden, orgIds)),
    engine,
    hooks: suggester,
  });
  const orgs = new OrgService({ orgs: orgRepo, memberships, users, io, onProfileChanged: (org) => indexer.reindexOrg(org, new Date()) });
  const matches = new MatchService({
    matches: matchRepo,
    listings: listingRepo,
    memberships,
    orgs: orgRepo,
    presenter: matchPresenter,
    notifier,
    activity: new ActivityLog(store),
    engine,
    store,
  });
  const loaded = await indexer.loadAll(new Date());
  logger.info({ loaded }, 'live listings loaded into the matching engine');
  const sweeper = new ExpirySweeper(listings, deps.listingSweepMs ?? DEFAULT_LISTING_SWEEP_MS, logger);
  sweeper.start();
  return { orgs, listings, matches, sweeper };
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { store, logger, limits } = deps;
  await store.ensureIndexes(INDEXES);

  const users = new UserRepository(store);
  const sessions = new SessionRepository(store);
  const authenticator = new Authenticator(users, sessions);
  const notes = new NoteRepository(store);

  const access = new DocAccessPolicy();
  access.register('note', noteAccessResolver(notes));
  const registry = new DocRegistry(
    new UpdateLog(store),
    new AuthorshipLog(store),
    { idleMs: limits.docIdleMs, flushDelayMs: limits.flushDelayMs, compactAfterUpdates: limits.compactAfterUpdates },
    logger.child({ feature: 'collab' }),
  );

  const web = express();
  const httpServer = createServer(web);
  const io = createSocketServer(httpServer, authenticator, logger.child({ feature: 'realtime' }));
  const collab = new CollabServer({
    authenticator,
    access,
    registry,
    logger: logger.child({ feature: 'collab' }),
    maxFrameBytes: limits.maxFrameBytes,
    maxBufferedBytes: limits.maxBufferedBytes,
  });
  collab.attach(httpServer);
  const noteService = new NoteService({ notes, users, io, refreshDocAccess: (name) => collab.refreshAccess(name) });
  const marketplace = await createMarketplace(deps, users, io);
  const dealRooms = createDealRooms({
    store,
    users,
    registry,
    access,
    io,
    refreshDocAccess: (name) => collab.refreshAccess(name),
    logger: logger.child({ feature: 'deals' }),
    options: deps.dealRooms,
  });

  web.disable('x-powered-by');
  web.set('trust proxy', 'loopback');
  web.use(helmet());
  web.use(
    healthRoutes({
      storeKind: store.kind,
      pingStore: () => store.ping(),
      openDocs: () => registry.openCount,
      collabConnections: () => collab.connectionCount,
    }),
  );
  web.use('/api', express.json({ limit: limits.maxJsonBytes }), attachAuth(authenticator), csrfProtection());
  web.use('/api/auth', authRoutes({ users, sessions, limits, cookieSecure: deps.cookieSecure ?? 'auto' }));
  web.use('/api/notes', noteRoutes(noteService));
  web.use('/api/taxonomy', taxonomyRoutes());
  web.use('/api/orgs', orgRoutes(marketplace.orgs));
  web.use('/api/listings', listingMatchRoutes(marketplace.matches), listingRoutes(marketplace.listings));
  web.use('/api/matches', matchRoutes(marketplace.matches));
  web.use('/api/deals', dealRooms.routes);
  web.use('/api', (_req, _res, next) => next(new NotFoundError('Endpoint')));
  web.use(staticClient(deps.staticDir));
  web.use(errorMiddleware(logger.child({ feature: 'http' })));

  return {
    httpServer,
    io,
    registry,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    close: async () => {
      await marketplace.sweeper.stop();
      collab.close();
      await io.close();
      httpServer.closeAllConnections();
      await dealRooms.close();
      await registry.closeAll();
    },
  };
}
