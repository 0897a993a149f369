// REST calls of deal rooms: deals, members and edit grants, sign-offs and the export addresses
// (the activity trail is read through client/src/activity).
import type { AddDealMemberBody, DealDetail, DealDoc, DealRole, DealType, DealView, SignoffView } from '../../../shared/schemas/deals.ts';
import type { InvitationSent } from '../../../shared/schemas/invitations.ts';
import type { ListingView } from '../../../shared/schemas/listings.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { ApiError } from '../lib/api-error.ts';

export const dealPath = (id: string) => `/deals/${encodeURIComponent(id)}`;

export interface NewDeal {
  title: string;
  type: DealType;
  lang: Lang;
  actingOrgId?: string;
  creatorRole?: DealRole;
}

export async function listMyDeals(api: ApiClient): Promise<DealView[]> {
  return (await api.get<{ deals: DealView[] }>('/deals')).deals;
}

/** The deal as I see it, or null when it does not exist or I am not (or no longer) a member. */
export async function getDeal(api: ApiClient, id: string): Promise<DealDetail | null> {
  try {
    return await api.get<DealDetail>(dealPath(id));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function createDeal(api: ApiClient, deal: NewDeal): Promise<DealDetail> {
  return api.post<DealDetail>('/deals', deal);
}

/** Opens (or finds) the deal room of a mutual match; the matched listings fill its templates. */
export function openDealFromMatch(api: ApiClient, matchId: string, lang: Lang): Promise<DealDetail> {
  return api.post<DealDetail>('/deals', { matchId, lang });
}

/** Changes a member (the deal comes back) or invites someone new ("invitation sent"). */
export function addDealMember(api: ApiClient, id: string, body: AddDealMemberBody): Promise<DealDetail | InvitationSent> {
  return api.post<DealDetail | InvitationSent>(`${dealPath(id)}/members`, body);
}

export function removeDealMember(api: ApiClient, id: string, userId: string): Promise<void> {
  return api.delete<void>(`${dealPath(id)}/members/${encodeURIComponent(userId)}`);
}

export function grantEdit(api: ApiClient, id: string, userId: string, docs: DealDoc[]): Promise<DealDetail> {
  return api.post<DealDetail>(`${dealPath(id)}/members/${encodeURIComponent(userId)}/grant-edit`, { docs });
}

export function revokeEdit(api: ApiClient, id: string, userId: string, doc: DealDoc): Promise<DealDetail> {
  return api.delete<DealDetail>(`${dealPath(id)}/members/${encodeURIComponent(userId)}/grant-edit?doc=${doc}`);
}

export async function listSignoffs(api: ApiClient, id: string): Promise<SignoffView[]> {
  return (await api.get<{ signoffs: SignoffView[] }>(`${dealPath(id)}/signoffs`)).signoffs;
}

export function signOff(api: ApiClient, id: string, termId: string, orgId: string): Promise<SignoffView> {
  return api.post<SignoffView>(`${dealPath(id)}/terms/${encodeURIComponent(termId)}/sign-off`, { orgId });
}

export function withdrawSignOff(api: ApiClient, id: string, termId: string, orgId: string): Promise<void> {
  return api.delete<void>(`${dealPath(id)}/terms/${encodeURIComponent(termId)}/sign-off?orgId=${encodeURIComponent(orgId)}`);
}

/** Same-origin addresses, so the session cookie authenticates the download. */
export function exportHref(id: string, format: 'md' | 'html', lang: Lang, comments = false): string {
  return `/api${dealPath(id)}/export.${format}?lang=${encodeURIComponent(lang)}${comments ? '&comments=1' : ''}`;
}

/**
 * The listings a deal grew from that the reader may see; one the reader may not (or that is
 * gone) is left out rather than failing the room.
 */
export async function dealListings(api: ApiClient, ids: readonly string[]): Promise<ListingView[]> {
  const read = await Promise.allSettled(ids.map((id) => api.get<ListingView>(`/listings/${encodeURIComponent(id)}`)));
  return read.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}
