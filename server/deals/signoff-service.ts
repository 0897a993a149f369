// Sign-off commands: a party signs a proposed or agreed term off for the organisation it acts
// for, or takes its sign-off back; sign-offs whose term changed since are withdrawn (checkDeal).
import { readTerm, SIGNABLE_STATUSES, type TermSnapshot } from '../../shared/deal-docs.ts';
import { formatDocName } from '../../shared/doc-names.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { SignoffsWithdrawn, SignoffView, SignoffWithdrawalReason } from '../../shared/schemas/deals.ts';
import type { UserRepository } from '../auth/index.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { DocRegistry } from '../collab/index.ts';
import { AppError, ForbiddenError, NotFoundError } from '../http/index.ts';
import type { NotificationPort } from '../notifications/index.ts';
import { notifyQuietly } from '../notifications/index.ts';
import type { Logger } from '../logger.ts';
import type { MembershipRepository } from '../orgs/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import { DuplicateKeyError } from '../store/index.ts';
import type { DealActivity } from './deal-activity.ts';
import { dealRoom } from './deal-events.ts';
import type { DealGuard } from './deal-guard.ts';
import type { DealMemberRepository } from './deal-member-repository.ts';
import type { DealRepository } from './deal-repository.ts';
import { canSignFor } from './deal-roles.ts';
import type { SignoffRecord, SignoffRepository } from './signoff-repository.ts';

export interface SignoffServiceDeps {
  signoffs: SignoffRepository;
  deals: DealRepository;
  guard: DealGuard;
  users: UserRepository;
  orgMemberships: MembershipRepository;
  registry: DocRegistry;
  activity: DealActivity;
  io: AppSocketServer;
  members: Pick<DealMemberRepository, 'membersOf'>;
  /** Tells the deal's other members a term was signed off; absent = nobody is told. */
  notifications?: NotificationPort;
  logger: Logger;
  /** When sign-offs are dated (default: the system clock). */
  clock?: Clock;
}

/** Why a sign-off no longer holds for the term as it is now; null while it holds. */
function staleReason(signoff: SignoffRecord, term: TermSnapshot | null): SignoffWithdrawalReason | null {
  if (!term) return 'term-removed';
  if (!SIGNABLE_STATUSES.includes(term.status)) return 'status-changed';
  return term.wording === signoff.wording ? null : 'wording-changed';
}

export class SignoffService {
  private readonly now: Clock;

  constructor(private readonly deps: SignoffServiceDeps) {
    this.now = deps.clock ?? systemClock;
  }

  async list(user: PublicUser, dealId: string): Promise<SignoffView[]> {
    await this.deps.guard.member(user, dealId);
    return this.views(await this.deps.signoffs.forDeal(dealId));
  }

  async sign(user: PublicUser, dealId: string, termId: string, requestedOrgId: string | undefined): Promise<{ signoff: SignoffView; created: boolean }> {
    const { deal, member } = await this.deps.guard.member(user, dealId);
    if (member.role !== 'party') throw new ForbiddenError('Only a party signs terms off');
    const orgId = requestedOrgId ?? member.orgId;
    if (!orgId || !canSignFor(member, orgId)) throw new ForbiddenError('You can sign off only for the organisation you act for in this deal');
    if (!(await this.deps.orgMemberships.find(orgId, user.id))) throw new ForbiddenError('You are no longer a member of the organisation you act for');
    const term = await this.readTerm(dealId, termId);
    if (!term) throw new NotFoundError('Term');
    if (!SIGNABLE_STATUSES.includes(term.status)) {
      throw new AppError(ErrorCode.Conflict, `Only a proposed or agreed term can be signed off; this one is ${term.status}`);
    }
    let record: SignoffRecord;
    try {
      record = await this.deps.signoffs.insert({ dealId, termId, orgId, userId: user.id, wording: term.wording, at: this.now() });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      const existing = await this.deps.signoffs.find(dealId, termId, orgId);
      if (!existing) throw error;
      return { signoff: (await this.views([existing]))[0], created: false };
    }
    const [view] = await this.views([record]);
    this.deps.io.to(dealRoom(dealId)).emit('deal:term-signed', view);
    await this.deps.activity.record({ actor: user, deal, action: 'term.signed', actingOrgId: orgId, before: null, after: { termId, orgId, wording: term.wording, title: term.title } });
    await this.announceSigned(user, deal, term);
    // The wording may have changed while the record was written, after the watcher last looked:
    // check once more so a sign-off never outlives the wording it was given for.
    await this.checkDeal(dealId, null);
    return { signoff: view, created: true };
  }

  /** A party takes back its own organisation's sign-off. */
  async unsign(user: PublicUser, dealId: string, termId: string, requestedOrgId: string | undefined): Promise<void> {
    const { deal, member } = await this.deps.guard.member(user, dealId);
    const orgId = requestedOrgId ?? member.orgId;
    if (!orgId || !canSignFor(member, orgId)) throw new ForbiddenError('You can withdraw only your own organisation\'s sign-off');
    const removed = await this.deps.signoffs.withdraw(dealId, termId, [orgId]);
    if (removed.length === 0) throw new NotFoundError('Sign-off');
    await this.announceWithdrawal(deal, termId, removed, 'unsigned', user);
  }

  /** Withdraws every sign-off of the deal whose term was removed, left a signable status or was reworded. */
  async checkDeal(dealId: string, author: PublicUser | null): Promise<void> {
    const signoffs = await this.deps.signoffs.forDeal(dealId);
    if (signoffs.length === 0) return;
    const termIds = [...new Set(signoffs.map((signoff) => signoff.termId))];
    const terms = await this.deps.registry.read(formatDocName('board', dealId), (shared) => new Map(termIds.map((id) => [id, readTerm(shared.doc, id)])));
    const stale = new Map<string, { reason: SignoffWithdrawalReason; orgIds: string[] }>();
    for (const signoff of signoffs) {
      const reason = staleReason(signoff, terms.get(signoff.termId) ?? null);
      if (!reason) continue;
      const entry = stale.get(signoff.termId) ?? { reason, orgIds: [] };
      entry.orgIds.push(signoff.orgId);
      stale.set(signoff.termId, entry);
    }
    if (stale.size === 0) return;
    const deal = await this.deps.deals.find(dealId);
    if (!deal) return;
    for (const [termId, { reason, orgIds }] of stale) {
      const removed = await this.deps.signoffs.withdraw(dealId, termId, orgIds);
      if (removed.length > 0) await this.announceWithdrawal(deal, termId, removed, reason, author);
    }
  }

  private async announceWithdrawal(
    deal: { _id: string; orgIds: string[]; listingIds: string[] },
    termId: string,
    orgIds: string[],
    reason: SignoffWithdrawalReason,
    by: PublicUser | null,
  ): Promise<void> {
    const payload: SignoffsWithdrawn = { dealId: deal._id, termId, orgIds, reason, by: by?.id ?? null, at: this.now().toISOString() };
    this.deps.io.to(dealRoom(deal._id)).emit('deal:signoffs-withdrawn', payload);
    // The title as it reads now, so trails can name the term; a removed term has none left.
    const title = (await this.readTerm(deal._id, termId))?.title;
    await this.deps.activity.record({ actor: by, deal, action: reason === 'unsigned' ? 'term.unsigned' : 'term.signoffs-withdrawn', before: { termId, orgIds, ...(title === undefined ? {} : { title }) }, after: { reason } });
  }

  private async announceSigned(user: PublicUser, deal: { _id: string; title: string }, term: TermSnapshot): Promise<void> {
    const recipientIds = (await this.deps.members.membersOf(deal._id)).map((member) => member.userId);
    const subject = { kind: 'deal' as const, id: deal._id, dealId: deal._id, title: deal.title };
    const data = { termId: term.id, termTitle: term.title };
    await notifyQuietly(this.deps.notifications, { type: 'term.signed', recipientIds, subject, actor: { id: user.id, name: user.name }, data }, this.deps.logger);
  }

  private readTerm(dealId: string, termId: string): Promise<TermSnapshot | null> {
    return this.deps.registry.read(formatDocName('board', dealId), (shared) => readTerm(shared.doc, termId));
  }

  private async views(records: SignoffRecord[]): Promise<SignoffView[]> {
    const users = await this.deps.users.findByIds([...new Set(records.map((record) => record.userId))]);
    const names = new Map(users.map((user) => [user._id, user.name]));
    return records.map((record) => ({
      dealId: record.dealId,
      termId: record.termId,
      orgId: record.orgId,
      user: { id: record.userId, name: names.get(record.userId) ?? 'Former user' },
      wording: record.wording,
      at: new Date(record.at).toISOString(),
    }));
  }
}
