// REST calls for a deal's history: edits per person and versions of a document, a version's
// content, saving a named version and restoring one.
import type { DealDoc, HistoryView, VersionState, VersionSummary } from '../../../../shared/schemas/deals.ts';
import type { ApiClient } from '../../lib/api-client.ts';
import { dealPath } from '../deals-api.ts';

export function getHistory(api: ApiClient, dealId: string, doc: DealDoc): Promise<HistoryView> {
  return api.get<HistoryView>(`${dealPath(dealId)}/history?doc=${doc}`);
}

export async function listVersions(api: ApiClient, dealId: string, doc: DealDoc): Promise<VersionSummary[]> {
  return (await api.get<{ versions: VersionSummary[] }>(`${dealPath(dealId)}/versions?doc=${doc}`)).versions;
}

export function getVersion(api: ApiClient, dealId: string, versionId: string): Promise<VersionState> {
  return api.get<VersionState>(`${dealPath(dealId)}/versions/${encodeURIComponent(versionId)}`);
}

export function saveVersion(api: ApiClient, dealId: string, doc: DealDoc, name: string): Promise<VersionSummary> {
  return api.post<VersionSummary>(`${dealPath(dealId)}/versions`, { doc, name });
}

export function restoreVersion(api: ApiClient, dealId: string, versionId: string): Promise<VersionSummary> {
  return api.post<VersionSummary>(`${dealPath(dealId)}/versions/${encodeURIComponent(versionId)}/restore`);
}
