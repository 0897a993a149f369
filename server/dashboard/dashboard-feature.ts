// The managers' dashboard as a feature: rows over the deal and pipeline records, their live push
// when a deal changes, the funnel's live match counts, the watch/unwatch socket handlers and the
// /dashboard routes.
import type { ApiRouter } from '../http/index.ts';
import type { UserRepository } from '../auth/index.ts';
import type { DealMemberRepository, DealReaders, DealRepository } from '../deals/index.ts';
import type { ListingRepository } from '../listings/index.ts';
import type { Logger } from '../logger.ts';
import type { MatchChangeListener, MatchRepository } from '../matches/index.ts';
import type { OrgRepository } from '../orgs/index.ts';
import type { ProgressRepository, StageRepository } from '../pipeline/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import { AdminDirectory } from './admins.ts';
import { DashboardPublisher } from './dashboard-publisher.ts';
import { DashboardRows, type RowSources } from './dashboard-rows.ts';
import { DashboardService } from './dashboard-service.ts';
import { MatchCountsPublisher } from './match-counts-publisher.ts';
import { dashboardRoutes } from './routes.ts';
import { registerDashboardSocketHandlers } from './socket-handlers.ts';

export interface DashboardDeps {
  deals: DealRepository;
  members: DealMemberRepository;
  /** Who reads which deal now (the NDA accepted). */
  readers: DealReaders;
  users: UserRepository;
  orgs: OrgRepository;
  listings: ListingRepository;
  matches: MatchRepository;
  progress: ProgressRepository;
  stages: StageRepository;
  /** Q&A questions waiting for an answer per deal (counts only: managers never see drafts). */
  questionCounts: RowSources['questionCounts'];
  io: AppSocketServer;
  logger: Logger;
  /** E-mails of the instance's admins (they see every deal). */
  adminEmails: readonly string[];
  /** Subscribes to match suggestions and state changes, which the funnel's counts follow. */
  observeMatchChanges?: (listener: MatchChangeListener) => () => void;
}

export interface DashboardFeature {
  /** /dashboard and /dashboard.csv, mounted under /api. */
  routes: ApiRouter;
  /** The dashboard's reads, for the home page's pipeline in brief. */
  service: DashboardService;
  /** Call when a deal's row may have changed (stage, title, membership). */
  dealChanged: (dealId: string, removedUserId?: string) => void;
  /** Call when organisations joined deals: their managers' match counts now cover them. */
  orgsJoinedDeals: (orgIds: readonly string[]) => void;
  /** Starts following match changes; returns the function that stops and drains the pushes. */
  start(): () => Promise<void>;
}

export function createDashboard(deps: DashboardDeps): DashboardFeature {
  const { io, logger, members } = deps;
  const admins = new AdminDirectory(deps.adminEmails);
  const rows = new DashboardRows(deps);
  const publisher = new DashboardPublisher(rows, members, deps.readers, io, logger);
  const counts = new MatchCountsPublisher(deps);
  registerDashboardSocketHandlers(io, admins, logger);
  const service = new DashboardService({ rows, readers: deps.readers, admins, matches: deps.matches });
  return {
    routes: dashboardRoutes(service),
    service,
    dealChanged: publisher.dealChanged,
    orgsJoinedDeals: counts.matchesChanged,
    start: () => {
      const stopCounts = deps.observeMatchChanges?.(counts.matchesChanged);
      return async () => {
        stopCounts?.();
        await Promise.all([publisher.stop(), counts.stop()]);
      };
    },
  };
}
