// Deal rooms wired together: deals and roles, the NDA gate, the request list, the access check for `dossier:` and `board:`
// documents, sign-offs and their watcher, comments, history and versions, export, the pipeline
// and the managers' dashboard, the deal Socket.IO room, and the size guard. Each part is its own
// feature; only here do they meet.
import { systemClock, type Clock } from '../clock.ts';
import { ApiRouter } from '../http/index.ts';
import type { DocAccessPolicy, DocRegistry } from '../collab/index.ts';
import { createChecklist } from '../checklist/index.ts';
import { CommentPresenter, CommentService, commentRoutes } from '../comments/index.ts';
import { createDashboard, type DashboardService } from '../dashboard/index.ts';
import {
  DealActivity,
  DealConsent,
  DealExporter,
  DealGuard,
  DealMembershipService,
  DealOpening,
  DealPresenter,
  DealReaders,
  DealService,
  DocSizeGuard,
  NdaRecord,
  NdaService,
  SignoffService,
  SignoffWatcher,
  dealDocAccessResolver,
  dealRoutes,
  exportRoutes,
  ndaRoutes,
  registerDealSocketHandlers,
  signoffRoutes,
} from '../deals/index.ts';
import { AutoVersioner, historyRoutes, VersionService } from '../history/index.ts';
import type { InvitationService } from '../invitations/index.ts';
import type { Logger } from '../logger.ts';
import type { MatchChangeListener } from '../matches/index.ts';
import type { NotificationPort } from '../notifications/index.ts';
import { createPipeline, PipelineReader, type PipelineTimings } from '../pipeline/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { BlobStore, FileLimits } from '../dataroom/index.ts';
import { answerLinkCheck, fileLinkCheck } from './checklist-links.ts';
import { createDataRoom } from './dataroom.ts';
import { createQa } from './qa.ts';
import { questionCountsOf } from '../qa/index.ts';
import type { Repositories } from './repositories.ts';

export interface DealRoomOptions extends PipelineTimings {
  /** Wait after the first board change before sign-offs are checked against the terms. */
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

export interface DealRoomDeps {
  repos: Repositories;
  registry: DocRegistry;
  access: DocAccessPolicy;
  io: AppSocketServer;
  refreshDocAccess: (docName: string) => Promise<void>;
  logger: Logger;
  options?: Partial<DealRoomOptions>;
  /** Where deal events (mentions, sign-offs, blocked or due terms, stages) tell people. */
  notifications: NotificationPort;
  /** E-mails of the instance's admins (they see every deal on the dashboard). */
  adminEmails?: readonly string[];
  /** Subscribes to match suggestions and state changes, which the dashboard's funnel counts follow. */
  observeMatchChanges?: (listener: MatchChangeListener) => () => void;
  /** Invitations of people and organisations to deals. */
  invitations: InvitationService;
  /** When deal-room records are dated (default: the system clock). */
  clock?: Clock;
  /** Where data-room file contents are kept, and how much they may hold. */
  blobs: BlobStore;
  fileLimits: FileLimits;
}

export interface DealRooms {
  /** Everything under /api/deals. */
  routes: ApiRouter;
  /** The managers' dashboard: /dashboard and /dashboard.csv, mounted under /api. */
  dashboardRoutes: ApiRouter;
  /** The dashboard's reads (the home page shows a manager's pipeline in brief). */
  dashboard: DashboardService;
  /** Runs the progress recounts and sign-off checks still waiting now and resolves once they have finished. */
  settle(): Promise<void>;
  /** Stops timers and saves pending automatic versions; call before documents are flushed. */
  close(): Promise<void>;
}

export function createDealRooms(deps: DealRoomDeps): DealRooms {
  const { repos, registry, io, logger, refreshDocAccess, notifications, invitations, clock } = deps;
  const options = { ...DEFAULT_DEAL_ROOM_OPTIONS, ...deps.options };
  const { users, orgs, deals, dealMembers: members, memberships: orgMemberships } = repos;
  const guard = new DealGuard(deals, members);
  const activity = new DealActivity(repos.activity, users, io, clock);
  const reader = new PipelineReader(repos.stages, repos.progress, users);
  const presenter = new DealPresenter(users, orgs, reader);

  const readers = new DealReaders(deals, members);
  // Overdue by the deal room's clock, as the Q&A tab itself counts it.
  const questionCounts = (dealIds: readonly string[] | null) => questionCountsOf(repos.questions, dealIds, (clock ?? systemClock)());
  const dashboard = createDashboard({ ...repos, members, readers, questionCounts, io, logger: logger.child({ feature: 'dashboard' }), adminEmails: deps.adminEmails ?? [], observeMatchChanges: deps.observeMatchChanges });
  const onDealChanged = dashboard.dealChanged;
  const pipeline = createPipeline({ ...repos, members, reader, presenter, guard, activity, registry, io, notifications, logger: logger.child({ feature: 'pipeline' }), timings: options, onDealChanged, clock });

  const opening = new DealOpening({ matches: repos.matches, listings: repos.listings, orgs, memberships: orgMemberships, matchActivity: repos.activity });
  const joining = { members, presenter, activity, io, refreshDocAccess, onMembershipChanged: onDealChanged, clock };
  const consent = new DealConsent({ ...joining, deals, invitations, onDealChanged, onOrgsJoined: dashboard.orgsJoinedDeals });
  const dealService = new DealService({ deals, members, guard, opening, consent, presenter, activity, registry, io, onDealChanged, clock });
  const membership = new DealMembershipService({ ...joining, deals, guard, users, orgMemberships, invitations, consent });
  const signoffs = new SignoffService({ signoffs: repos.signoffs, deals, guard, users, orgMemberships, registry, activity, io, members, notifications, logger, clock });
  const comments = new CommentService({ comments: repos.comments, guard, members, dealPresenter: presenter, presenter: new CommentPresenter(users), activity, registry, io, notifications, logger });
  const versions = new VersionService({
    versions: repos.versions,
    guard,
    users,
    authorship: repos.authorship,
    registry,
    activity,
    io,
    limits: { maxNamed: options.maxNamedVersions, maxAuto: options.maxAutoVersions },
  });
  const nda = new NdaService({ deals, members, guard, ndas: repos.ndas, users, orgMemberships, activity, io, refreshDocAccess, onDealChanged, clock });
  const ndaRecord = new NdaRecord({ guard, members, ndas: repos.ndas, users, orgs });
  const dataRoom = createDataRoom({ repos, blobs: deps.blobs, guard, activity, io, logger: logger.child({ feature: 'dataroom' }), limits: deps.fileLimits, clock });
  const qa = createQa({ repos, guard, registry, io, notifications, logger: logger.child({ feature: 'qa' }), clock, onQuestionsChanged: onDealChanged });
  const checklist = createChecklist({ checklists: repos.checklists, guard, members, users, activity, io, onTally: pipeline.recordChecklist, clock });
  checklist.links.register('file', fileLinkCheck(guard, repos));
  checklist.links.register('answer', answerLinkCheck(qa.service));
  const exporter = new DealExporter({ guard, members, presenter, signoffs: repos.signoffs, registry, threads: comments, checklist: checklist.viewFor, files: dataRoom.rooms });

  const sizeGuard = new DocSizeGuard({ registry, io, refreshDocAccess, maxBytes: options.maxDocBytes, logger });
  const resolver = dealDocAccessResolver(deals, members, (name) => sizeGuard.isFull(name));
  deps.access.register('dossier', resolver);
  deps.access.register('board', resolver);

  const watcher = new SignoffWatcher(signoffs, options.signoffCheckDelayMs, logger);
  const autoVersions = new AutoVersioner(versions, options.autoVersionQuietMs, logger);
  const stops = [registry.onChange(watcher.observe), registry.onChange(autoVersions.observe), registry.onChange(sizeGuard.observe)];
  registerDealSocketHandlers(io, dealService, guard, logger);
  const stopPipeline = pipeline.start();
  const stopDashboard = dashboard.start();

  const routes = new ApiRouter();
  routes.use(dealRoutes({ deals: dealService, membership, activity, guard }));
  routes.use(ndaRoutes(nda, ndaRecord));
  routes.use(signoffRoutes(signoffs));
  routes.use(pipeline.stageRoutes);
  routes.use(exportRoutes(exporter));
  routes.use('/:id/comments', commentRoutes(comments));
  routes.use('/:id/checklist', checklist.routes);
  routes.use('/:id/qa', qa.routes);
  routes.use('/:id', historyRoutes(versions));
  routes.use(dataRoom.routes);

  return {
    routes,
    dashboardRoutes: dashboard.routes,
    dashboard: dashboard.service,
    settle: async () => {
      await pipeline.settle();
      await watcher.flush();
    },
    close: async () => {
      for (const stop of stops) stop();
      await stopPipeline();
      await stopDashboard();
      watcher.stop();
      await autoVersions.flush();
    },
  };
}
