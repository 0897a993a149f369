// REST calls for an organisation's exclusion list: read it (members), add or remove an entry (owners).
import type { AddExclusionBody, ExclusionView } from '../../../shared/schemas/match-trust.ts';
import type { ApiClient } from '../lib/api-client.ts';

const exclusionsPath = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/exclusions`;

export async function listExclusions(api: ApiClient, orgId: string): Promise<ExclusionView[]> {
  return (await api.get<{ exclusions: ExclusionView[] }>(exclusionsPath(orgId))).exclusions;
}

export function addExclusion(api: ApiClient, orgId: string, body: AddExclusionBody): Promise<ExclusionView> {
  return api.post<ExclusionView>(exclusionsPath(orgId), body);
}

export function removeExclusion(api: ApiClient, orgId: string, id: string): Promise<void> {
  return api.delete<void>(`${exclusionsPath(orgId)}/${encodeURIComponent(id)}`);
}
