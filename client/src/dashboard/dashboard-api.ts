// REST calls of the dashboard: rows and KPIs with filters, whether to offer it, the CSV address.
import type { DashboardAccess, DashboardView } from '../../../shared/schemas/dashboard.ts';
import type { ApiClient } from '../lib/api-client.ts';

/** Filters as the form holds them (empty = not filtering). */
export interface DashboardFilters {
  sector: string;
  corridor: string;
  type: string;
  adviser: string;
  stalledDays: string;
}

export const NO_FILTERS: DashboardFilters = { sector: '', corridor: '', type: '', adviser: '', stalledDays: '' };

export function filterQuery(filters: DashboardFilters): string {
  const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function fetchDashboard(api: ApiClient, filters: DashboardFilters): Promise<DashboardView> {
  return api.get<DashboardView>(`/dashboard${filterQuery(filters)}`);
}

export function fetchDashboardAccess(api: ApiClient): Promise<DashboardAccess> {
  return api.get<DashboardAccess>('/dashboard/access');
}

/** The CSV export of the table with the same filters (a plain link: the cookie authenticates it). */
export function csvHref(filters: DashboardFilters): string {
  return `/api/dashboard.csv${filterQuery(filters)}`;
}
