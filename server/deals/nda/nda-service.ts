// A deal's NDA: owners publish versions (the publisher's publish is their acceptance), members
// read the current one before anything else of the room and accept it. A new version shuts out,
// at once and on every instance, everyone who has not accepted it: out of the deal's Socket.IO
// room, their collaboration sockets closed, and told to show the NDA screen.
import type { PublicUser } from '../../../shared/schemas/auth.ts';
import type { AcceptNdaBody, NdaGateView, NdaVersionView, PublishNdaBody } from '../../../shared/schemas/nda.ts';
import { ErrorCode } from '../../../shared/protocol.ts';
import type { UserRepository } from '../../auth/index.ts';
import { systemClock, type Clock } from '../../clock.ts';
import { AppError, ForbiddenError } from '../../http/index.ts';
import type { MembershipRepository } from '../../orgs/index.ts';
import { userRoom, type AppSocketServer } from '../../realtime/index.ts';
import type { DealActivity } from '../deal-activity.ts';
import { leaveDealRoom } from '../deal-events.ts';
import { ndaPending, type DealGuard } from '../deal-guard.ts';
import { refreshDealDocs } from '../deal-joining.ts';
import type { DealMemberRecord, DealMemberRepository } from '../deal-member-repository.ts';
import type { DealRecord, DealRepository } from '../deal-repository.ts';
import { canManageMembers } from '../deal-roles.ts';
import { ndaSha256 } from './nda-hash.ts';
import type { NdaRepository, NdaVersionRecord } from './nda-repository.ts';

/** Where an acceptance came from, as the request showed it. */
export interface NdaClient {
  ip: string;
  userAgent: string;
}

export interface NdaServiceDeps {
  deals: DealRepository;
  members: DealMemberRepository;
  guard: DealGuard;
  ndas: NdaRepository;
  users: UserRepository;
  orgMemberships: MembershipRepository;
  activity: DealActivity;
  io: AppSocketServer;
  /** Re-checks the open collaboration sockets of a document (closes 4403 on every instance). */
  refreshDocAccess: (docName: string) => Promise<void>;
  /** Who sees the deal's dashboard row follows who accepted the NDA in force. */
  onDealChanged?: (dealId: string) => void;
  clock?: Clock;
}

export function versionView(record: NdaVersionRecord, authorName: string): NdaVersionView {
  return {
    version: record.version,
    required: record.required,
    text: record.text,
    lang: record.lang,
    sha256: record.sha256,
    publishedBy: { id: record.authorId, name: authorName },
    publishedAt: new Date(record.publishedAt).toISOString(),
  };
}

export class NdaService {
  private readonly now: Clock;

  constructor(private readonly deps: NdaServiceDeps) {
    this.now = deps.clock ?? systemClock;
  }

  /** What a member sees before the room: its title and stage, the current NDA, whether they must accept it. */
  async gate(user: PublicUser, dealId: string): Promise<NdaGateView> {
    const { deal, member } = await this.deps.guard.memberBeforeNda(user, dealId);
    return this.gateView(deal, member);
  }

  async publish(user: PublicUser, dealId: string, body: PublishNdaBody, client: NdaClient): Promise<NdaGateView> {
    const { deal, member } = await this.deps.guard.memberBeforeNda(user, dealId);
    if (!canManageMembers(member)) throw new ForbiddenError('Only an owner of the deal publishes its NDA');
    const previous = deal.nda?.version ?? 0;
    const text = body.required ? body.text : '';
    const record = { dealId, version: previous + 1, required: body.required, text, lang: body.required ? body.lang : null, sha256: ndaSha256(text), authorId: user.id, publishedAt: this.now() };
    if (!(await this.deps.ndas.insertVersion(record)) || !(await this.deps.deals.setNda(dealId, { version: record.version, required: record.required }))) {
      throw new AppError(ErrorCode.Conflict, 'Someone published another version of the NDA meanwhile; reload it');
    }
    const published: DealRecord = { ...deal, nda: { version: record.version, required: record.required } };
    let publisher = member;
    if (record.required) publisher = await this.recordAcceptance(user, published, member, record, client);
    await this.deps.activity.record({ actor: user, deal, action: 'deal.nda-published', before: previous ? { version: previous } : null, after: { version: record.version, required: record.required, sha256: record.sha256 } });
    await this.shutOutPending(published, user.id);
    this.deps.onDealChanged?.(dealId);
    return this.gateView(published, publisher);
  }

  async accept(user: PublicUser, dealId: string, body: AcceptNdaBody, client: NdaClient): Promise<NdaGateView> {
    const { deal, member } = await this.deps.guard.memberBeforeNda(user, dealId);
    const current = deal.nda?.required ? await this.deps.ndas.findVersion(dealId, deal.nda.version) : null;
    if (!current) throw new AppError(ErrorCode.Conflict, 'This deal asks for no NDA now', { current: null });
    if (current.version !== body.version || current.sha256 !== body.sha256) {
      throw new AppError(ErrorCode.Conflict, 'The NDA changed since you read it; read the current version', { current: current.version });
    }
    if (!ndaPending(deal, member)) return this.gateView(deal, member);
    const accepted = await this.recordAcceptance(user, deal, member, current, client);
    this.deps.onDealChanged?.(dealId);
    return this.gateView(deal, accepted);
  }

  private async recordAcceptance(user: PublicUser, deal: DealRecord, member: DealMemberRecord, version: Pick<NdaVersionRecord, 'version' | 'sha256'>, client: NdaClient): Promise<DealMemberRecord> {
    const orgId = member.orgId ?? (await this.deps.orgMemberships.orgIdsOf(user.id))[0] ?? null;
    await this.deps.ndas.accept({ dealId: deal._id, version: version.version, userId: user.id, orgId, acceptedAt: this.now(), ip: client.ip, userAgent: client.userAgent, sha256: version.sha256 });
    await this.deps.members.update(deal._id, user.id, { ndaAccepted: version.version });
    await this.deps.activity.record({ actor: user, deal, action: 'deal.nda-accepted', actingOrgId: orgId, before: null, after: { version: version.version, sha256: version.sha256, orgId } });
    return { ...member, ndaAccepted: version.version };
  }

  /**
   * Everyone who has not accepted the new version leaves the deal's room on every socket and
   * instance before anything more is pushed to it, and their documents' sockets are re-checked
   * (closed); each member is told the NDA changed, the pending ones to show the NDA screen.
   */
  private async shutOutPending(deal: DealRecord, publisherId: string): Promise<void> {
    const members = await this.deps.members.membersOf(deal._id);
    const nda = deal.nda ?? { version: 0, required: false };
    for (const member of members) {
      const pending = member.userId !== publisherId && nda.required;
      if (pending) leaveDealRoom(this.deps.io, member.userId, deal._id);
      this.deps.io.to(userRoom(member.userId)).emit('deal:nda-changed', { dealId: deal._id, version: nda.version, required: nda.required, pending });
    }
    await refreshDealDocs(this.deps.refreshDocAccess, deal._id);
  }

  private async gateView(deal: DealRecord, member: DealMemberRecord): Promise<NdaGateView> {
    const current = deal.nda ? await this.deps.ndas.findVersion(deal._id, deal.nda.version) : null;
    const author = current ? await this.deps.users.findById(current.authorId) : null;
    const acceptance = current?.required ? await this.deps.ndas.findAcceptance(deal._id, current.version, member.userId) : null;
    return {
      dealId: deal._id,
      title: deal.title,
      stage: deal.stage,
      current: current ? versionView(current, author?.name ?? 'Former user') : null,
      pending: ndaPending(deal, member),
      acceptedAt: acceptance ? new Date(acceptance.acceptedAt).toISOString() : null,
      owner: member.owner,
    };
  }
}
