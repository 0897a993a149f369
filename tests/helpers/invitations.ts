// Invitations in tests: an owner invites by e-mail (202 "invitation sent"), the invitee accepts as
// themselves; setups use `inviteAndAccept` where they used to add people directly.
import type { InvitationSent, InvitationView } from '../../shared/schemas/invitations.ts';
import { bearer, postJson, type TestUser } from './api.ts';

async function expectStatus(response: Response, what: string, ...wanted: number[]): Promise<unknown> {
  const text = await response.text();
  if (!wanted.includes(response.status)) throw new Error(`${what} failed: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Accepts the invitation as the invitee. */
export async function acceptInvitation(baseUrl: string, invitee: TestUser, invitationId: string): Promise<void> {
  await expectStatus(await postJson(`${baseUrl}/api/invitations/${invitationId}/accept`, {}, bearer(invitee)), 'accept invitation', 200);
}

/** The invitee's pending invitations. */
export async function myInvitations(baseUrl: string, invitee: TestUser): Promise<InvitationView[]> {
  const response = await fetch(`${baseUrl}/api/invitations`, { headers: bearer(invitee) });
  return ((await expectStatus(response, 'list invitations', 200)) as { invitations: InvitationView[] }).invitations;
}

/**
 * POSTs `{email, role, …}` to a members endpoint as `inviter`; a newcomer's invitation (202) is
 * accepted at once as `invitee`, an existing member's change (200) needs nothing more.
 */
export async function inviteAndAccept(baseUrl: string, inviter: TestUser, path: string, invitee: TestUser, body: Record<string, unknown>): Promise<void> {
  const answer = await expectStatus(await postJson(`${baseUrl}${path}`, { email: invitee.user.email, ...body }, bearer(inviter)), `invite to ${path}`, 200, 202);
  const sent = answer as Partial<InvitationSent>;
  if (sent.status === 'invitation-sent' && sent.invitation) await acceptInvitation(baseUrl, invitee, sent.invitation.id);
}

/** Accepts, as a member of an organisation a deal named, that deal's invitation to the organisation. */
export async function acceptForOrg(baseUrl: string, member: TestUser, dealId: string, orgId: string): Promise<void> {
  const found = (await myInvitations(baseUrl, member)).find((invitation) => invitation.kind === 'deal-org' && invitation.target.id === dealId && invitation.org?.id === orgId);
  if (!found) throw new Error(`no invitation of organisation ${orgId} to deal ${dealId} for ${member.user.name}`);
  await acceptInvitation(baseUrl, member, found.id);
}
