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
import { createSocketServer, type AppSocketServer } from './realtime/index.ts';
import type { Store } from './store/index.ts';

export interface AppDeps {
  store: Store;
  logger: Logger;
  limits: Limits;
  staticDir?: string;
  cookieSecure?: AppConfig['cookieSecure'];
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

const INDEXES = [...USER_INDEXES, ...SESSION_INDEXES, ...UPDATE_LOG_INDEXES, ...AUTHORSHIP_INDEXES, ...NOTE_INDEXES];

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
      collab.close();
      await io.close();
      httpServer.closeAllConnections();
      await registry.closeAll();
    },
  };
}
