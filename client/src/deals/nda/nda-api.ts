// REST calls of a deal's NDA: the gate (any member), accepting, publishing and the record (owners).
import type { NdaGateView, NdaRecordView, NdaVersionView, PublishNdaBody } from '../../../../shared/schemas/nda.ts';
import type { ApiClient } from '../../lib/api-client.ts';
import { ApiError } from '../../lib/api-error.ts';
import { dealPath } from '../deals-api.ts';

const ndaPath = (dealId: string) => `${dealPath(dealId)}/nda`;

export function getNdaGate(api: ApiClient, dealId: string): Promise<NdaGateView> {
  return api.get<NdaGateView>(ndaPath(dealId));
}

/** Accepts exactly the version read: a newer one published meanwhile is refused (409). */
export function acceptNda(api: ApiClient, dealId: string, version: Pick<NdaVersionView, 'version' | 'sha256'>): Promise<NdaGateView> {
  return api.post<NdaGateView>(`${ndaPath(dealId)}/accept`, { version: version.version, sha256: version.sha256 });
}

export function publishNda(api: ApiClient, dealId: string, body: PublishNdaBody): Promise<NdaGateView> {
  return api.post<NdaGateView>(ndaPath(dealId), body);
}

export function getNdaRecord(api: ApiClient, dealId: string): Promise<NdaRecordView> {
  return api.get<NdaRecordView>(`${ndaPath(dealId)}/record`);
}

export function ndaRecordCsvHref(dealId: string): string {
  return `/api${ndaPath(dealId)}/record.csv`;
}

export const NDA_REQUIRED = 'nda-required';

/** The answer, or NDA_REQUIRED when the server holds the room back until the NDA is accepted. */
export async function orNdaRequired<T>(answer: Promise<T>): Promise<T | typeof NDA_REQUIRED> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'nda_required') return NDA_REQUIRED;
    throw error;
  }
}
