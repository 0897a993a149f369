// Working out what a new deal is from its request: directly from organisations (the creator's own
// take part at once, any other is only asked to join), or from a mutual match (its two
// organisations and listings, its type, title and pre-filled dossier, and the people who said yes
// on the other side as parties).
import { workingLanguageFor, type DossierPrefill } from '../../shared/deal-docs.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { dealTypeForCategory, type CreateDealBody, type DealType } from '../../shared/schemas/deals.ts';
import { AppError, ForbiddenError, NotFoundError } from '../http/index.ts';
import type { ListingRepository } from '../listings/index.ts';
import type { ActivityLog } from '../activity/index.ts';
import type { MatchRecord, MatchRepository } from '../matches/index.ts';
import type { MembershipRepository, OrgRepository } from '../orgs/index.ts';
import { matchDealTitle, orgNameIn } from './deal-title.ts';
import { prefillFromMatch } from './match-prefill.ts';

const OPENABLE_STATES: MatchRecord['state'][] = ['mutual', 'introduced'];

export interface DealPlan {
  title: string;
  type: DealType;
  /** The working language the templates are written in. */
  lang: Lang;
  /** Organisations that take part at once: the creator's own, or both sides of the mutual match. */
  orgIds: string[];
  /** Organisations named that the creator does not belong to: asked to join, in until a member accepts. */
  pendingOrgIds: string[];
  listingIds: string[];
  matchId: string | null;
  /** The organisation the creator acts for (parties only). */
  creatorOrgId: string | null;
  /** Other people who become parties at once: those who showed interest for the other side. */
  parties: { userId: string; orgId: string }[];
  prefill?: DossierPrefill;
}

export interface DealOpeningDeps {
  matches: MatchRepository;
  listings: ListingRepository;
  orgs: OrgRepository;
  memberships: MembershipRepository;
  matchActivity: ActivityLog;
}

export class DealOpening {
  constructor(private readonly deps: DealOpeningDeps) {}

  async plan(user: PublicUser, body: CreateDealBody): Promise<DealPlan> {
    return body.matchId ? this.fromMatch(user, body, body.matchId) : this.direct(user, body);
  }

  private async direct(user: PublicUser, body: CreateDealBody): Promise<DealPlan> {
    const orgIds = [...new Set(body.actingOrgId ? [...body.orgIds, body.actingOrgId] : body.orgIds)];
    const found = await this.deps.orgs.findMany(orgIds);
    const missing = orgIds.find((id) => !found.has(id));
    if (missing) throw new NotFoundError(`Organisation ${missing}`);
    const mine = new Set(await this.deps.memberships.orgIdsOf(user.id));
    if (body.actingOrgId && !mine.has(body.actingOrgId)) throw new ForbiddenError('You can act only for an organisation you belong to');
    const creatorOrgId = body.creatorRole === 'party' ? (body.actingOrgId ?? orgIds.find((id) => mine.has(id)) ?? null) : null;
    return {
      title: body.title ?? 'Untitled deal',
      type: body.type ?? 'other',
      lang: body.lang ?? 'en',
      orgIds: orgIds.filter((id) => mine.has(id)),
      pendingOrgIds: orgIds.filter((id) => !mine.has(id)),
      listingIds: [],
      matchId: null,
      creatorOrgId,
      parties: [],
    };
  }

  private async fromMatch(user: PublicUser, body: CreateDealBody, matchId: string): Promise<DealPlan> {
    const match = await this.deps.matches.find(matchId);
    const mine = new Set(await this.deps.memberships.orgIdsOf(user.id));
    const sides = match ? [match.needOrgId, match.offerOrgId].filter((orgId) => mine.has(orgId)) : [];
    if (!match || sides.length === 0) throw new NotFoundError('Match');
    if (!OPENABLE_STATES.includes(match.state)) {
      throw new AppError(ErrorCode.Conflict, 'Both sides must be interested before a deal room opens from this match');
    }
    const creatorOrgId = body.actingOrgId ?? sides[0];
    if (!sides.includes(creatorOrgId)) throw new ForbiddenError('You can act only for your own side of this match');
    const listings = await this.deps.listings.findMany([match.needListingId, match.offerListingId]);
    const need = listings.get(match.needListingId);
    const offer = listings.get(match.offerListingId);
    if (!need || !offer) throw new AppError(ErrorCode.Conflict, 'A listing of this match no longer exists');
    const orgs = await this.deps.orgs.findMany([match.needOrgId, match.offerOrgId]);
    const type = body.type ?? dealTypeForCategory(need.category);
    const needOrg = orgs.get(match.needOrgId);
    const offerOrg = orgs.get(match.offerOrgId);
    const otherOrgId = creatorOrgId === match.needOrgId ? match.offerOrgId : match.needOrgId;
    // A listing without languages works in its organisation's (as the matching engine reads it).
    const sideLanguages = [need.languages.length > 0 ? need.languages : (needOrg?.languages ?? []), offer.languages.length > 0 ? offer.languages : (offerOrg?.languages ?? [])];
    const lang = body.lang ?? workingLanguageFor(sideLanguages, 'en');
    return {
      title: body.title ?? matchDealTitle({ need: orgNameIn(needOrg, lang), offer: orgNameIn(offerOrg, lang) }, need.title, lang),
      type,
      lang,
      orgIds: [match.needOrgId, match.offerOrgId],
      pendingOrgIds: [],
      listingIds: [need._id, offer._id],
      matchId,
      creatorOrgId: body.creatorRole === 'party' ? creatorOrgId : null,
      parties: (await this.interestedFor(matchId, otherOrgId)).filter((userId) => userId !== user.id).map((userId) => ({ userId, orgId: otherOrgId })),
      prefill: prefillFromMatch({ need, offer, needOrg, offerOrg }, type, lang),
    };
  }

  /** Who said "interested" for the organisation in the match's trail and still belongs to it. */
  private async interestedFor(matchId: string, orgId: string): Promise<string[]> {
    const trail = await this.deps.matchActivity.forSubject(matchId);
    const actors = [...new Set(trail.filter((entry) => entry.action === 'match.interested' && entry.actingOrgId === orgId).map((entry) => entry.actorId))];
    const stillMembers = await Promise.all(actors.map(async (userId) => ((await this.deps.memberships.find(orgId, userId)) ? userId : null)));
    return stillMembers.filter((userId): userId is string => userId !== null);
  }
}
