// Deal commands: open a deal (directly or from a mutual match, writing the dossier and board
// templates), read one or the caller's list, and change title or description (stages: server/pipeline).
import { randomUUID } from 'node:crypto';
import { initBoard, initDossier } from '../../shared/deal-docs.ts';
import { formatDocName } from '../../shared/doc-names.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import type { CreateDealBody, DealDetail, DealView, UpdateDealBody } from '../../shared/schemas/deals.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { DocRegistry } from '../collab/index.ts';
import { AppError } from '../http/index.ts';
import { userRoom, type AppSocketServer } from '../realtime/index.ts';
import type { DealActivity } from './deal-activity.ts';
import type { DealConsent } from './deal-consent.ts';
import { dealRoom } from './deal-events.ts';
import type { DealGuard } from './deal-guard.ts';
import type { DealMemberRepository } from './deal-member-repository.ts';
import type { DealOpening, DealPlan } from './deal-opening.ts';
import type { DealPresenter } from './deal-presenter.ts';
import type { DealRecord, DealRepository } from './deal-repository.ts';
import { canEditDeal } from './deal-roles.ts';

const FIRST_STAGE = 'introduced';

export interface DealServiceDeps {
  deals: DealRepository;
  members: DealMemberRepository;
  guard: DealGuard;
  opening: DealOpening;
  /** Asks the organisations named that have not consented yet. */
  consent: Pick<DealConsent, 'askPendingOrgs'>;
  presenter: DealPresenter;
  activity: DealActivity;
  registry: DocRegistry;
  io: AppSocketServer;
  /** A deal's dashboard row changed (opened, renamed). */
  onDealChanged?: (dealId: string) => void;
  /** When deals are dated (default: the system clock). */
  clock?: Clock;
}

export class DealService {
  private readonly now: Clock;

  constructor(private readonly deps: DealServiceDeps) {
    this.now = deps.clock ?? systemClock;
  }

  /** Opens a deal; `created` is false when the match already had one the caller belongs to. */
  async create(user: PublicUser, body: CreateDealBody): Promise<{ deal: DealDetail; created: boolean }> {
    const plan = await this.deps.opening.plan(user, body);
    const id = randomUUID();
    if (plan.matchId) {
      const existing = await this.deps.deals.claimMatch(plan.matchId, id);
      if (existing) return { deal: await this.existingForMatch(user, existing), created: false };
    }
    const now = this.now();
    const deal: DealRecord = {
      _id: id,
      title: plan.title,
      type: plan.type,
      lang: plan.lang,
      description: body.description,
      stage: FIRST_STAGE,
      orgIds: plan.orgIds,
      pendingOrgIds: plan.pendingOrgIds,
      listingIds: plan.listingIds,
      matchId: plan.matchId,
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.deps.deals.insert(deal);
    } catch (error) {
      if (plan.matchId) await this.deps.deals.releaseMatch(plan.matchId, id);
      throw error;
    }
    await this.addFounders(user, deal, plan, body.creatorRole);
    await this.writeTemplates(user, deal, plan, plan.lang);
    await this.deps.activity.record({ actor: user, deal, action: 'deal.created', before: null, after: { title: deal.title, type: deal.type, orgIds: deal.orgIds, matchId: deal.matchId } });
    await this.deps.consent.askPendingOrgs(user, deal);
    const members = await this.deps.members.membersOf(id);
    const view = await this.deps.presenter.view(deal, members);
    for (const member of members) if (member.userId !== user.id) this.deps.io.to(userRoom(member.userId)).emit('deal:added', view);
    this.deps.onDealChanged?.(id);
    return { deal: await this.deps.presenter.detail(deal, members, user.id), created: true };
  }

  async get(user: PublicUser, dealId: string): Promise<DealDetail> {
    const { deal } = await this.deps.guard.member(user, dealId);
    return this.deps.presenter.detail(deal, await this.deps.members.membersOf(dealId), user.id);
  }

  /** Deals the caller is a member of, most recently changed first (those whose NDA waits for them in brief). */
  async listMine(user: PublicUser): Promise<DealView[]> {
    const deals = await this.deps.deals.findMany(await this.deps.members.dealIdsOf(user.id));
    const views = await Promise.all(
      deals.map(async (deal) => {
        const members = await this.deps.members.membersOf(deal._id);
        const mine = members.find((member) => member.userId === user.id);
        return mine ? this.deps.presenter.viewFor(deal, members, mine) : null;
      }),
    );
    return views.filter((view) => view !== null);
  }

  async update(user: PublicUser, dealId: string, changes: UpdateDealBody): Promise<DealDetail> {
    const { deal, member } = await this.deps.guard.require(user, dealId, canEditDeal, 'Only the owner and the parties change the deal');
    const now = this.now();
    await this.deps.deals.update(dealId, changes, now);
    const updated: DealRecord = { ...deal, ...changes, updatedAt: now };
    const before = Object.fromEntries(Object.keys(changes).map((key) => [key, deal[key as keyof UpdateDealBody]]));
    await this.deps.activity.record({ actor: user, deal, action: 'deal.updated', actingOrgId: member.orgId, before, after: changes });
    const members = await this.deps.members.membersOf(dealId);
    this.deps.io.to(dealRoom(dealId)).emit('deal:updated', await this.deps.presenter.view(updated, members));
    this.deps.onDealChanged?.(dealId);
    return this.deps.presenter.detail(updated, members, user.id);
  }

  private async existingForMatch(user: PublicUser, dealId: string): Promise<DealDetail> {
    const member = await this.deps.members.find(dealId, user.id);
    if (!member) throw new AppError(ErrorCode.Conflict, 'A deal room is already open for this match; ask its owner to add you', { dealId });
    return this.get(user, dealId);
  }

  private async addFounders(user: PublicUser, deal: DealRecord, plan: DealPlan, creatorRole: CreateDealBody['creatorRole']): Promise<void> {
    const base = { dealId: deal._id, editGrants: [], addedBy: user.id, addedAt: deal.createdAt };
    await this.deps.members.insert({ ...base, userId: user.id, role: creatorRole, orgId: plan.creatorOrgId, owner: true });
    for (const party of plan.parties) {
      await this.deps.members.insert({ ...base, userId: party.userId, role: 'party', orgId: party.orgId, owner: false });
    }
  }

  /**
   * The server writes the templates before anyone can open the documents, so no client ever does;
   * board terms hold a position for every organisation named, so one joining later finds its own.
   */
  private async writeTemplates(user: PublicUser, deal: DealRecord, plan: DealPlan, lang: Lang): Promise<void> {
    await this.deps.registry.edit(formatDocName('dossier', deal._id), user, (shared) => initDossier(shared.doc, deal.type, lang, plan.prefill));
    await this.deps.registry.edit(formatDocName('board', deal._id), user, (shared) => initBoard(shared.doc, deal.type, lang, [...deal.orgIds, ...plan.pendingOrgIds]));
  }
}
