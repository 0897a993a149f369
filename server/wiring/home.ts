// The home page wired over the features it reads: organisations, listings and the match inbox,
// the deals, comments and sign-offs of the caller, and the managers' dashboard.
import type { ApiRouter } from '../http/index.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { HomePipelineView } from '../../shared/schemas/home.ts';
import type { DocRegistry } from '../collab/index.ts';
import type { DashboardService } from '../dashboard/index.ts';
import { HomeService, homeRoutes } from '../home/index.ts';
import type { MatchService } from '../matches/index.ts';
import type { Repositories } from './repositories.ts';

export interface HomeWiringDeps {
  repos: Repositories;
  registry: DocRegistry;
  matches: MatchService;
  dashboard: DashboardService;
}

/** A manager's or admin's pipeline in brief; null for someone without the dashboard. */
async function pipelineOf(dashboard: DashboardService, user: PublicUser): Promise<HomePipelineView | null> {
  const access = await dashboard.access(user);
  if (!access.admin && access.managed === 0) return null;
  const view = await dashboard.view(user, {});
  return { scope: view.scope, deals: view.rows.length, stalled: view.kpis.stalled, byStage: view.kpis.byStage };
}

/** `/api/home` routes. */
export function createHome({ repos, registry, matches, dashboard }: HomeWiringDeps): ApiRouter {
  const service = new HomeService({
    progress: repos.homeProgress,
    memberships: repos.memberships,
    listings: repos.listings,
    matches,
    deals: repos.deals,
    dealMembers: repos.dealMembers,
    dealProgress: repos.progress,
    questions: { comments: repos.comments, users: repos.users },
    signoffs: { signoffs: repos.signoffs, registry },
    pipeline: (user) => pipelineOf(dashboard, user),
  });
  return homeRoutes(service);
}
