// REST calls of invitations: mine (to answer), accept and decline; what a target sent, and taking
// one back, for organisations and deals alike.
import type { InvitationAccepted, InvitationSent, InvitationView, SentInvitationView } from '../../../shared/schemas/invitations.ts';
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
