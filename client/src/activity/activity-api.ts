// REST calls for activity trails: one page of a deal's or an organisation's trail, narrowed by
// the filters the trail view offers. Dates are whole days in the reader's time zone.
import type { ActivityKind, ActivityPage, OrgActivityPage } from '../../../shared/schemas/activity.ts';
import type { ApiClient } from '../lib/api-client.ts';

export interface TrailFilter {
  /** An action family (`term`) or one action (`term.signed`); empty for all. */
  action: string;
  kind: ActivityKind | '';
  actor: string;
  /** `yyyy-mm-dd` from a date input, or empty. */
  from: string;
  to: string;
}

/** One option of a trail filter. */
export interface TrailChoice {
  value: string;
  label: string;
}

export const NO_FILTER: TrailFilter = { action: '', kind: '', actor: '', from: '', to: '' };

/** Start of the day `from`, end of the day `to`, in the reader's time zone, as ISO instants. */
function dayBounds(filter: TrailFilter): { from?: string; to?: string } {
  const at = (day: string, time: string) => new Date(`${day}T${time}`).toISOString();
  return { from: filter.from ? at(filter.from, '00:00:00') : undefined, to: filter.to ? at(filter.to, '23:59:59.999') : undefined };
}

export function trailQuery(filter: TrailFilter, page: number, pageSize: number): string {
  const params = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  const { from, to } = dayBounds(filter);
  const optional: [string, string | undefined][] = [['action', filter.action], ['kind', filter.kind], ['actor', filter.actor], ['from', from], ['to', to]];
  for (const [name, value] of optional) if (value) params.set(name, value);
  return params.toString();
}

export function dealTrail(api: ApiClient, dealId: string, filter: TrailFilter, page: number, pageSize: number): Promise<ActivityPage> {
  return api.get<ActivityPage>(`/deals/${encodeURIComponent(dealId)}/activity?${trailQuery(filter, page, pageSize)}`);
}

export function orgTrail(api: ApiClient, orgId: string, filter: TrailFilter, page: number, pageSize: number): Promise<OrgActivityPage> {
  return api.get<OrgActivityPage>(`/orgs/${encodeURIComponent(orgId)}/activity?${trailQuery(filter, page, pageSize)}`);
}
