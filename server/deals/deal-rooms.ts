// Deal rooms wired together for the app: deals and roles, the access check for `dossier:` and
// `board:` documents, sign-offs and their watcher, comments, history and versions, export, the
// deal Socket.IO room, and the size guard. createApp mounts `routes` at /api/deals.
import { Router } from 'express';
import type { UserRepository } from '../auth/index.ts';
import { AuthorshipLog, type DocAccessPolicy, type DocRegistry } from '../collab/index.ts';
import { COMMENT_INDEXES, CommentPresenter, CommentRepository, CommentService, commentRoutes } from '../comments/index.ts';
import { AutoVersioner, historyRoutes, VERSION_INDEXES, VersionRepository, VersionService } from '../history/index.ts';
import { ListingRepository } from '../listings/index.ts';
import type { InvitationService } from '../invitations/index.ts';
import type { Logger } from '../logger.ts';
import { ActivityLog } from '../activity/index.ts';
import { MatchRepository, type MatchChangeListener } from '../matches/index.ts';
import { MembershipRepository, OrgRepository } from '../orgs/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { IndexSpec, Store } from '../store/index.ts';
import type { NotificationPort } from '../notifications/notification-port.ts';
import { STAGE_INDEXES } from '../pipeline/index.ts';
import { createPipeline, type PipelineFeature, type PipelineTimings } from '../pipeline/pipeline-feature.ts';
import { dealDocAccessResolver } from './deal-access.ts';
import { DealActivity } from './deal-activity.ts';
import { DealConsent } from './deal-consent.ts';
import { DealGuard } from './deal-guard.ts';
import { DEAL_MEMBER_INDEXES, DealMemberRepository } from './deal-member-repository.ts';
import { DealOpening } from './deal-opening.ts';
import { DealPresenter } from './deal-presenter.ts';
import { DEAL_INDEXES, DealRepository } from './deal-repository.ts';
import { DealService } from './deal-service.ts';
import { DocSizeGuard } from './doc-size-guard.ts';
import { DealExporter } from './export/deal-export.ts';
import { exportRoutes } from './export/routes.ts';
import { DealMembershipService } from './membership-service.ts';
import { dealRoutes } from './routes.ts';
import { SIGNOFF_INDEXES, SignoffRepository } from './signoff-repository.ts';
import { signoffRoutes } from './signoff-routes.ts';
import { SignoffService } from './signoff-service.ts';
import { SignoffWatcher } from './signoff-watcher.ts';
import { registerDealSocketHandlers } from './socket-handlers.ts';

export interface DealRoomOptions extends PipelineTimings {
  /** Quiet time after board changes before sign-offs are checked against the terms. */
  signoffCheckDelayMs: number;
  /** Quiet time after edits before an automatic version is saved. */
  autoVersionQuietMs: number;
  maxNamedVersions: number;
  maxAutoVersions: number;
  /** Encoded size past which a dossier or board turns read-only. */
  maxDocBytes: number;
}

export const DEFAULT_DEAL_ROOM_OPTIONS: DealRoomOptions = {
  signoffCheckDelayMs: 25,
  autoVersionQuietMs: 2 * 60_000,
  maxNamedVersions: 500,
  maxAutoVersions: 50,
  maxDocBytes: 16 * 1024 * 1024,
  progressDelayMs: 50,
  dueSweepMs: 10 * 60_000,
};

export const DEAL_ROOM_INDEXES: IndexSpec[] = [...DEAL_INDEXES, ...DEAL_MEMBER_INDEXES, ...SIGNOFF_INDEXES, ...COMMENT_INDEXES, ...VERSION_INDEXES, ...STAGE_INDEXES];

export interface DealRoomDeps {
  store: Store;
  users: UserRepository;
  registry: DocRegistry;
  access: DocAccessPolicy;
  io: AppSocketServer;
  refreshDocAccess: (docName: string) => Promise<void>;
  logger: Logger;
  options?: Partial<DealRoomOptions>;
  /** Where pipeline events (blocked or due terms, stage changes) tell people; absent = nobody is told. */
  notifications?: NotificationPort;
  /** E-mails of the instance's admins (they see every deal on the dashboard). */
  adminEmails?: readonly string[];
  /** Subscribes to match suggestions and state changes, which the dashboard's funnel counts follow. */
  observeMatchChanges?: (listener: MatchChangeListener) => () => void;
  /** Invitations of people and organisations to deals. */
  invitations: InvitationService;
}

export interface DealRooms {
  /** Everything under /api/deals. */
  routes: Router;
  /** The managers' dashboard: /dashboard and /dashboard.csv, mounted under /api. */
  dashboardRoutes: Router;
  /** Stops timers and saves pending automatic versions; call before documents are flushed. */
  close(): Promise<void>;
}

interface DealRoomServices {
  deals: DealService;
  membership: DealMembershipService;
  signoffs: SignoffService;
  comments: CommentService;
  versions: VersionService;
  exporter: DealExporter;
  activity: DealActivity;
  guard: DealGuard;
  members: DealMemberRepository;
  pipeline: PipelineFeature;
}

/** The services of deal rooms over one store; none of them holds state of its own. */
function createServices(deps: DealRoomDeps, options: DealRoomOptions): DealRoomServices {
  const { store, users, registry, io, refreshDocAccess } = deps;
  const deals = new DealRepository(store);
  const members = new DealMemberRepository(store);
  const orgs = new OrgRepository(store);
  const orgMemberships = new MembershipRepository(store);
  const guard = new DealGuard(deals, members);
  const activity = new DealActivity(new ActivityLog(store), users, io);
  const pipeline = createPipeline({
    ...deps,
    orgs,
    deals,
    members,
    guard,
    activity,
    logger: deps.logger.child({ feature: 'pipeline' }),
    adminEmails: deps.adminEmails ?? [],
    timings: options,
  });
  const presenter = new DealPresenter(users, orgs, pipeline.reader);
  const signoffRepo = new SignoffRepository(store);
  const opening = new DealOpening({
    matches: new MatchRepository(store),
    listings: new ListingRepository(store),
    orgs,
    memberships: orgMemberships,
    matchActivity: new ActivityLog(store),
  });
  const { invitations } = deps;
  const joining = { members, presenter, activity, io, refreshDocAccess, onMembershipChanged: pipeline.dealChanged };
  const consent = new DealConsent({ ...joining, deals, invitations, onDealChanged: pipeline.dealChanged, onOrgsJoined: pipeline.orgsJoinedDeals });
  return {
    deals: new DealService({ deals, members, guard, opening, consent, presenter, activity, registry, io, onDealChanged: pipeline.dealChanged }),
    membership: new DealMembershipService({ ...joining, deals, guard, users, orgMemberships, invitations, consent }),
    signoffs: new SignoffService({ signoffs: signoffRepo, deals, guard, users, orgMemberships, registry, activity, io, members, notifications: deps.notifications, logger: deps.logger }),
    comments: new CommentService({
      comments: new CommentRepository(store),
      guard,
      members,
      dealPresenter: presenter,
      presenter: new CommentPresenter(users),
      activity,
      registry,
      io,
      notifications: deps.notifications,
      logger: deps.logger,
    }),
    versions: new VersionService({
      versions: new VersionRepository(store),
      guard,
      users,
      authorship: new AuthorshipLog(store),
      registry,
      activity,
      io,
      limits: { maxNamed: options.maxNamedVersions, maxAuto: options.maxAutoVersions },
    }),
    exporter: new DealExporter({ guard, members, presenter, signoffs: signoffRepo, registry }),
    activity,
    guard,
    members,
    pipeline,
  };
}

function routesOf(services: DealRoomServices): Router {
  const routes = Router();
  routes.use(dealRoutes({ deals: services.deals, membership: services.membership, activity: services.activity, guard: services.guard }));
  routes.use(signoffRoutes(services.signoffs));
  routes.use(services.pipeline.stageRoutes);
  routes.use(exportRoutes(services.exporter));
  routes.use('/:id/comments', commentRoutes(services.comments));
  routes.use('/:id', historyRoutes(services.versions));
  return routes;
}

export function createDealRooms(deps: DealRoomDeps): DealRooms {
  const { registry, io, logger } = deps;
  const options = { ...DEFAULT_DEAL_ROOM_OPTIONS, ...deps.options };
  const services = createServices(deps, options);

  const sizeGuard = new DocSizeGuard({ registry, io, refreshDocAccess: deps.refreshDocAccess, maxBytes: options.maxDocBytes, logger });
  const resolver = dealDocAccessResolver(services.members, (name) => sizeGuard.isFull(name));
  deps.access.register('dossier', resolver);
  deps.access.register('board', resolver);

  const watcher = new SignoffWatcher(services.signoffs, options.signoffCheckDelayMs, logger);
  const autoVersions = new AutoVersioner(services.versions, options.autoVersionQuietMs, logger);
  const stops = [registry.onChange(watcher.observe), registry.onChange(autoVersions.observe), registry.onChange(sizeGuard.observe)];
  registerDealSocketHandlers(io, services.deals, services.members, logger);
  const stopPipeline = services.pipeline.start();

  return {
    routes: routesOf(services),
    dashboardRoutes: services.pipeline.dashboardRoutes,
    close: async () => {
      for (const stop of stops) stop();
      await stopPipeline();
      watcher.stop();
      await autoVersions.flush();
    },
  };
}
