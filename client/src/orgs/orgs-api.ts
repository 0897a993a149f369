// REST calls for organisations: mine, one, create, edit, and members (invited by e-mail).
import type { InvitationSent } from '../../../shared/schemas/invitations.ts';
import type { AddOrgMemberBody, CreateOrgBody, OrgView, UpdateOrgBody } from '../../../shared/schemas/orgs.ts';
import type { ApiClient } from '../lib/api-client.ts';

const orgPath = (id: string) => `/orgs/${encodeURIComponent(id)}`;

export async function listMyOrgs(api: ApiClient): Promise<OrgView[]> {
  return (await api.get<{ orgs: OrgView[] }>('/orgs/mine')).orgs;
}

export function getOrg(api: ApiClient, id: string): Promise<OrgView> {
  return api.get<OrgView>(orgPath(id));
}

export function createOrg(api: ApiClient, body: CreateOrgBody): Promise<OrgView> {
  return api.post<OrgView>('/orgs', body);
}

export function updateOrg(api: ApiClient, id: string, body: UpdateOrgBody): Promise<OrgView> {
  return api.patch<OrgView>(orgPath(id), body);
}

/** Changes a member's role (the organisation comes back) or invites someone new ("invitation sent"). */
export function addOrgMember(api: ApiClient, id: string, body: AddOrgMemberBody): Promise<OrgView | InvitationSent> {
  return api.post<OrgView | InvitationSent>(`${orgPath(id)}/members`, body);
}

export function removeOrgMember(api: ApiClient, id: string, userId: string): Promise<void> {
  return api.delete<void>(`${orgPath(id)}/members/${encodeURIComponent(userId)}`);
}
