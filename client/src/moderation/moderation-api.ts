// REST calls of moderation: report spam (members), reported organisations and suspension (admins).
import type { ReportedOrgList, SpamReportBody, SpamReportReceipt, SuspensionView } from '../../../shared/schemas/moderation.ts';
import type { ApiClient } from '../lib/api-client.ts';

export function reportSpam(api: ApiClient, body: SpamReportBody): Promise<SpamReportReceipt> {
  return api.post<SpamReportReceipt>('/moderation/reports', body);
}

export function fetchReportedOrgs(api: ApiClient): Promise<ReportedOrgList> {
  return api.get<ReportedOrgList>('/moderation/reports');
}

export function setSuspended(api: ApiClient, orgId: string, suspended: boolean): Promise<SuspensionView> {
  return api.put<SuspensionView>(`/moderation/orgs/${orgId}/suspension`, { suspended });
}
