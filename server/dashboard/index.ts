// Managers' dashboard: rows of the deals a manager watches (all for admins), KPIs, CSV export,
// and the live push of changed rows.
export { AdminDirectory } from './admins.ts';
export { dashboardCsv } from './csv.ts';
export { DashboardPublisher, dashboardRoom, ADMIN_DASHBOARD_ROOM } from './dashboard-publisher.ts';
export { DashboardRows } from './dashboard-rows.ts';
export { DashboardService } from './dashboard-service.ts';
export { MatchCountsPublisher } from './match-counts-publisher.ts';
export { dashboardRoutes } from './routes.ts';
export { registerDashboardSocketHandlers } from './socket-handlers.ts';
export { createDashboard, type DashboardFeature } from './dashboard-feature.ts';
