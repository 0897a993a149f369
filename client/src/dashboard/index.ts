// Managers' dashboard on the client: the page (loaded lazily, it carries the chart library) and
// whether to offer it in the navigation.
export { DashboardAccessState, getDashboardAccess, setDashboardAccess } from './dashboard-access.svelte.ts';
