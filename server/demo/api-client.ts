// The demo loader's client for the real REST API: every write goes through the same validation,
// permission checks and matching hooks as a person's would.
import type { ErrorBody } from '../../shared/protocol.ts';
import type { SessionResponse } from '../../shared/schemas/auth.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { InvitationSent } from '../../shared/schemas/invitations.ts';
import type { ListingView } from '../../shared/schemas/listings.ts';
import type { ListingMatch, MatchView } from '../../shared/schemas/matches.ts';
import type { NdaGateView, NdaVersionView } from '../../shared/schemas/nda.ts';
import type { OrgView } from '../../shared/schemas/orgs.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import type { DemoPerson } from './types.ts';

/** A request the API refused; `status` and `body` say why. */
export class DemoApiError extends Error {
  readonly code = 'demo_api_error';
  constructor(
    readonly what: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${what} failed: ${status} ${JSON.stringify(body)}`);
    this.name = 'DemoApiError';
  }
}

/** A signed-in demo person: who they are and their bearer token. */
export interface DemoSession {
  userId: string;
  email: string;
  name: string;
  token: string;
}

/** Calls the API at `baseUrl` with bearer tokens, throwing DemoApiError on any refusal. */
export class DemoApiClient {
  constructor(private readonly baseUrl: string) {}

  async register(person: DemoPerson, password: string): Promise<DemoSession> {
    const body = await this.call<SessionResponse>(`register ${person.email}`, 'POST', '/api/auth/register', null, { ...person, password });
    return { userId: body.user.id, email: body.user.email, name: body.user.name, token: body.token };
  }

  createOrg(session: DemoSession, body: unknown): Promise<OrgView> {
    return this.call('create organisation', 'POST', '/api/orgs', session, body);
  }

  /** The owner invites the member, who accepts: nobody joins an organisation without accepting. */
  async addOrgMember(owner: DemoSession, orgId: string, member: DemoSession): Promise<void> {
    const sent = await this.call<InvitationSent>(`invite ${member.email} to organisation`, 'POST', `/api/orgs/${orgId}/members`, owner, { email: member.email, role: 'member' });
    await this.acceptInvitation(member, sent.invitation.id);
  }

  postListing(session: DemoSession, body: unknown): Promise<ListingView> {
    return this.call('post listing', 'POST', '/api/listings', session, body);
  }

  async listingMatches(session: DemoSession, listingId: string, limit: number): Promise<ListingMatch[]> {
    const body = await this.call<{ matches: ListingMatch[] }>('list matches', 'GET', `/api/listings/${listingId}/matches?limit=${limit}`, session);
    return body.matches;
  }

  interest(session: DemoSession, matchId: string): Promise<MatchView> {
    return this.call('express interest', 'POST', `/api/matches/${matchId}/interest`, session, {});
  }

  introduce(session: DemoSession, matchId: string): Promise<MatchView> {
    return this.call('introduce', 'POST', `/api/matches/${matchId}/introduce`, session, {});
  }

  openDeal(session: DemoSession, body: unknown): Promise<DealDetail> {
    return this.call('open deal room', 'POST', '/api/deals', session, body);
  }

  /** The owner invites the member to the deal with `role`, and the member accepts. */
  async addDealMember(owner: DemoSession, dealId: string, member: DemoSession, role: string): Promise<void> {
    const sent = await this.call<InvitationSent>('invite deal member', 'POST', `/api/deals/${dealId}/members`, owner, { email: member.email, role });
    await this.acceptInvitation(member, sent.invitation.id);
  }

  async acceptInvitation(session: DemoSession, invitationId: string): Promise<void> {
    await this.call('accept invitation', 'POST', `/api/invitations/${invitationId}/accept`, session, {});
  }

  /** The owner moves the deal (POST /api/deals/:id/stage); closing takes a reason. */
  moveStage(session: DemoSession, dealId: string, to: string, reason?: string): Promise<unknown> {
    return this.call('move deal stage', 'POST', `/api/deals/${dealId}/stage`, session, reason === undefined ? { to } : { to, reason });
  }

  /** The owner publishes the deal's NDA (a new version members accept before seeing the room). */
  publishNda(owner: DemoSession, dealId: string, text: string, lang: Lang): Promise<NdaGateView> {
    return this.call('publish the NDA', 'POST', `/api/deals/${dealId}/nda`, owner, { required: true, text, lang });
  }

  /** A member accepts the version published, by number and hash as the NDA screen does. */
  acceptNda(session: DemoSession, dealId: string, version: Pick<NdaVersionView, 'version' | 'sha256'>): Promise<NdaGateView> {
    return this.call('accept the NDA', 'POST', `/api/deals/${dealId}/nda/accept`, session, { version: version.version, sha256: version.sha256 });
  }

  /** A party signs a term off for the organisation it acts for. */
  signOff(session: DemoSession, dealId: string, termId: string): Promise<unknown> {
    return this.call('sign a term off', 'POST', `/api/deals/${dealId}/terms/${termId}/sign-off`, session, {});
  }

  private async call<T>(what: string, method: string, path: string, session: DemoSession | null, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (session) headers.authorization = `Bearer ${session.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const parsed: unknown = response.status === 204 ? null : await response.json();
    if (!response.ok) throw new DemoApiError(what, response.status, parsed as ErrorBody);
    return parsed as T;
  }
}
