// Dashboard routes: GET /api/dashboard (rows, KPIs), /api/dashboard/access (whether to offer it)
// and GET /api/dashboard.csv (the table).
import { ErrorCode } from '../../shared/protocol.ts';
import { DashboardQuerySchema } from '../../shared/schemas/dashboard.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { DashboardService } from './dashboard-service.ts';

export function dashboardRoutes(dashboard: DashboardService): ApiRouter {
  const router = new ApiRouter({ tag: 'dashboard' });

  router.get('/dashboard', { summary: "The managers' dashboard: deal rows and KPIs", auth: 'session', query: DashboardQuerySchema, errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await dashboard.view(user, parseInput(DashboardQuerySchema, req.query)));
  });

  router.get('/dashboard/access', { summary: "Whether the dashboard is offered to me", auth: 'session' }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json(await dashboard.access(user));
  });

  router.get('/dashboard.csv', { summary: "The dashboard table as CSV", auth: 'session', query: DashboardQuerySchema, produces: 'text/csv', errors: [ErrorCode.Forbidden] }, async (req, res) => {
    const { user } = requireAuth(res);
    const csv = await dashboard.csv(user, parseInput(DashboardQuerySchema, req.query));
    const day = new Date().toISOString().slice(0, 10);
    res.type('text/csv; charset=utf-8').attachment(`superconnector-deals-${day}.csv`).send(csv);
  });

  return router;
}
