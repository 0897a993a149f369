// Dashboard routes: GET /api/dashboard (rows, KPIs), /api/dashboard/access (whether to offer it)
// and GET /api/dashboard.csv (the table).
import { Router } from 'express';
import { DashboardQuerySchema } from '../../shared/schemas/dashboard.ts';
import { requireAuth } from '../auth/index.ts';
import { parseInput } from '../http/index.ts';
import type { DashboardService } from './dashboard-service.ts';

export function dashboardRoutes(dashboard: DashboardService): Router {
  const router = Router();

  router.get('/dashboard', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await dashboard.view(user, parseInput(DashboardQuerySchema, req.query)));
  });

  router.get('/dashboard/access', async (_req, res) => {
    const { user } = requireAuth(res);
    res.json(await dashboard.access(user));
  });

  router.get('/dashboard.csv', async (req, res) => {
    const { user } = requireAuth(res);
    const csv = await dashboard.csv(user, parseInput(DashboardQuerySchema, req.query));
    const day = new Date().toISOString().slice(0, 10);
    res.type('text/csv; charset=utf-8').attachment(`superconnector-deals-${day}.csv`).send(csv);
  });

  return router;
}
