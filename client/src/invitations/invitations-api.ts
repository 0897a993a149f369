// REST calls of invitations: mine (to answer), accept and decline, an e-mailed link's; what a target
// sent, sending again and taking one back, for organisations and deals alike.
import type { InvitationAccepted, InvitationLinkView, InvitationSent, InvitationView, SentInvitationView } from '../../../shared/schemas/invitations.ts';
import type { ApiClient } from '../lib/api-client.ts';

const invitationPath = (id: string) => `/invitations/${encodeURIComponent(id)}`;

/** `/orgs/<id>` or `/deals/<id>`: whose invitations. */
export type InvitingPath = `/orgs/${string}` | `/deals/${string}`;

export async function myInvitations(api: ApiClient): Promise<InvitationView[]> {
  return (await api.get<{ invitations: InvitationView[] }>('/invitations')).invitations;
}

export function acceptInvitation(api: ApiClient, id: string): Promise<InvitationAccepted> {
  return api.post<InvitationAccepted>(`${invitationPath(id)}/accept`, {});
}

export async function declineInvitation(api: ApiClient, id: string): Promise<InvitationView> {
  return (await api.post<{ invitation: InvitationView }>(`${invitationPath(id)}/decline`, {})).invitation;
}

const linkPath = (token: string) => `/invitations/link/${encodeURIComponent(token)}`;

/** What an e-mailed link invites to (no session needed). */
export function invitationLink(api: ApiClient, token: string): Promise<InvitationLinkView> {
  return api.get<InvitationLinkView>(linkPath(token));
}

export function acceptInvitationLink(api: ApiClient, token: string): Promise<InvitationAccepted> {
  return api.post<InvitationAccepted>(`${linkPath(token)}/accept`, {});
}

/** Sends the invitation again (a fresh link, the old one stops working) through the members endpoint it came from. */
export function resendInvitation(api: ApiClient, target: InvitingPath, item: SentInvitationView): Promise<unknown> {
  if (!item.email) throw new Error('only invitations by e-mail can be sent again');
  const side = target.startsWith('/deals/') && item.orgId ? { orgId: item.orgId } : {};
  return api.post(`${target}/members`, { email: item.email, role: item.role, lang: item.lang, ...side });
}

export async function sentInvitations(api: ApiClient, target: InvitingPath): Promise<SentInvitationView[]> {
  return (await api.get<{ invitations: SentInvitationView[] }>(`${target}/invitations`)).invitations;
}

export async function revokeInvitation(api: ApiClient, target: InvitingPath, id: string): Promise<SentInvitationView> {
  return (await api.delete<{ invitation: SentInvitationView }>(`${target}/invitations/${encodeURIComponent(id)}`)).invitation;
}

/** The answer of a members endpoint: the target (an existing member changed) or an invitation sent. */
export function isInvitationSent(answer: unknown): answer is InvitationSent {
  return typeof answer === 'object' && answer !== null && (answer as { status?: unknown }).status === 'invitation-sent';
}
