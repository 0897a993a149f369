// Wires the pipeline and the managers' dashboard over a deal room's repositories: stage commands,
// the progress watcher, the due-date sweep, dashboard rows, their live push and the routes.
import { Router } from 'express';
import type { UserRepository } from '../auth/index.ts';
import type { DocRegistry } from '../collab/index.ts';
import {
  AdminDirectory,
  DashboardPublisher,
  DashboardRows,
  DashboardService,
  MatchCountsPublisher,
  dashboardRoutes,
  registerDashboardSocketHandlers,
} from '../dashboard/index.ts';
import { DealPresenter, type DealActivity, type DealGuard, type DealMemberRepository, type DealRepository } from '../deals/index.ts';
import { ListingRepository } from '../listings/index.ts';
import type { Logger } from '../logger.ts';
import type { MatchChangeListener } from '../matches/index.ts';
import type { NotificationPort } from '../notifications/notification-port.ts';
import type { OrgRepository } from '../orgs/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { Store } from '../store/index.ts';
import { DueSoonSweeper } from './due-soon-sweeper.ts';
import { PipelineReader } from './pipeline-reader.ts';
import { ProgressRepository } from './progress-repository.ts';
import { ProgressWatcher } from './progress-watcher.ts';
import { stageRoutes } from './routes.ts';
import { StageNotifier } from './stage-notifier.ts';
import { StageRepository } from './stage-repository.ts';
import { StageService } from './stage-service.ts';

export interface PipelineTimings {
  /** Quiet time after board or dossier edits before progress is recounted. */
  progressDelayMs: number;
  /** How often terms due within 48 h are looked for. */
  dueSweepMs: number;
}

export interface PipelineDeps {
  store: Store;
  users: UserRepository;
  orgs: OrgRepository;
  deals: DealRepository;
  members: DealMemberRepository;
  guard: DealGuard;
  activity: DealActivity;
  registry: DocRegistry;
  io: AppSocketServer;
  logger: Logger;
  notifications?: NotificationPort;
  adminEmails: readonly string[];
  timings: PipelineTimings;
  /** Subscribes to match suggestions and state changes (the funnel's match counts). */
  observeMatchChanges?: (listener: MatchChangeListener) => () => void;
}

export interface PipelineFeature {
  /** Reads the pipeline part of a deal detail. */
  reader: PipelineReader;
  /** Stage routes, mounted under /api/deals. */
  stageRoutes: Router;
  /** /dashboard and /dashboard.csv, mounted under /api. */
  dashboardRoutes: Router;
  /** Call when a deal's row may have changed (stage, title, membership). */
  dealChanged: (dealId: string, removedUserId?: string) => void;
  /** Call when organisations joined deals: their managers' match counts now cover them. */
  orgsJoinedDeals: (orgIds: readonly string[]) => void;
  /** Subscribes to document changes; returns the function that stops everything. */
  start(): () => Promise<void>;
}

export function createPipeline(deps: PipelineDeps): PipelineFeature {
  const { store, users, registry, io, logger } = deps;
  const stages = new StageRepository(store);
  const progress = new ProgressRepository(store);
  const reader = new PipelineReader(stages, progress, users);
  const admins = new AdminDirectory(deps.adminEmails);
  const rows = new DashboardRows({ deals: deps.deals, members: deps.members, users, orgs: deps.orgs, listings: new ListingRepository(store), progress, stages });
  const publisher = new DashboardPublisher(rows, deps.members, io, logger);
  const countsPublisher = new MatchCountsPublisher({ store, deals: deps.deals, members: deps.members, io, logger });
  const service = new StageService({
    ...deps,
    stages,
    progress,
    reader,
    presenter: new DealPresenter(users, deps.orgs, reader),
    notifier: new StageNotifier(deps.notifications, logger),
    onDealChanged: publisher.dealChanged,
  });
  const watcher = new ProgressWatcher({ ...deps, progress, onDealChanged: publisher.dealChanged, delayMs: deps.timings.progressDelayMs });
  const sweeper = new DueSoonSweeper({ ...deps, progress, intervalMs: deps.timings.dueSweepMs });
  registerDashboardSocketHandlers(io, admins, logger);
  return {
    reader,
    stageRoutes: stageRoutes(service),
    dashboardRoutes: dashboardRoutes(new DashboardService({ rows, members: deps.members, admins, store })),
    dealChanged: publisher.dealChanged,
    orgsJoinedDeals: countsPublisher.matchesChanged,
    start: () => {
      const unsubscribe = registry.onChange(watcher.observe);
      const stopCounts = deps.observeMatchChanges?.(countsPublisher.matchesChanged);
      sweeper.start();
      return async () => {
        unsubscribe();
        stopCounts?.();
        await Promise.all([watcher.stop(), sweeper.stop()]);
        await Promise.all([publisher.stop(), countsPublisher.stop()]);
      };
    },
  };
}
