// An organisation's exclusion list: its owners add and remove entries, every member reads it.
// Adding one takes the matches it now forbids out of both sides' inboxes at once; removing one
// brings back those no other entry forbids. The excluded side is never told: no notification, no
// trail entry, and it reads nothing that names the entry (a match simply leaves its inbox, as when
// a listing is withdrawn). Excluding "this listing's organisation" stores the organisation behind
// the listing but shows the excluder only the listing, until the anonymity rule would name it.
import { mayNameParty } from '../../shared/anonymity.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { AddExclusionBody, ExclusionView } from '../../shared/schemas/match-trust.ts';
import { AppError, ForbiddenError, NotFoundError } from '../http/index.ts';
import { isLive, type ListingRecord, type ListingRepository } from '../listings/index.ts';
import { toOrgBrief, type MembershipRepository, type OrgRepository } from '../orgs/index.ts';
import type { Clock } from '../clock.ts';
import { pairExcluded } from './exclusion-policy.ts';
import { newExclusion, type ExclusionRecord, type ExclusionRepository, type ExclusionTarget } from './exclusion-repository.ts';
import type { MatchNotifier } from './match-notifier.ts';
import type { MatchRecord, MatchRepository } from './match-repository.ts';

export interface ExclusionServiceDeps {
  exclusions: ExclusionRepository;
  matches: MatchRepository;
  listings: ListingRepository;
  orgs: OrgRepository;
  memberships: MembershipRepository;
  notifier: MatchNotifier;
  clock: Clock;
}

export class ExclusionService {
  constructor(private readonly deps: ExclusionServiceDeps) {}

  async list(user: PublicUser, orgId: string): Promise<ExclusionView[]> {
    await this.requireMember(user, orgId);
    const entries = await this.deps.exclusions.listOf(orgId);
    return Promise.all(entries.map((entry) => this.view(entry)));
  }

  async add(user: PublicUser, orgId: string, body: AddExclusionBody): Promise<ExclusionView> {
    await this.requireOwner(user, orgId);
    const target = await this.targetOf(orgId, body);
    const entry = await this.addEntry(orgId, target, 'manual', user.id);
    return this.view(entry);
  }

  /** Declining as "a competitor" excludes the other listing's organisation from all of the decliner's listings. */
  async addCompetitor(user: PublicUser, orgId: string, otherListing: ListingRecord): Promise<void> {
    await this.addEntry(orgId, { type: 'org', orgId: otherListing.orgId, viaListingId: otherListing._id }, 'competitor', user.id);
  }

  async remove(user: PublicUser, orgId: string, id: string): Promise<void> {
    await this.requireOwner(user, orgId);
    const entry = await this.deps.exclusions.find(id);
    if (!entry || entry.orgId !== orgId) throw new NotFoundError('Exclusion');
    await this.deps.exclusions.remove(id);
    await this.restoreAfter(entry);
  }

  private async addEntry(orgId: string, target: ExclusionTarget, source: ExclusionRecord['source'], userId: string): Promise<ExclusionRecord> {
    const entry = await this.deps.exclusions.add(newExclusion(orgId, target, source, userId, this.deps.clock()));
    await this.hideForbidden(entry);
    return entry;
  }

  private async targetOf(orgId: string, body: AddExclusionBody): Promise<ExclusionTarget> {
    if ('sector' in body) return { type: 'sector', sector: body.sector };
    if ('orgId' in body) {
      if (body.orgId === orgId) throw new AppError(ErrorCode.BadRequest, 'An organisation cannot exclude itself');
      if (!(await this.deps.orgs.find(body.orgId))) throw new NotFoundError('Organisation');
      return { type: 'org', orgId: body.orgId, viaListingId: null };
    }
    const listing = await this.visibleListing(orgId, body.listingId);
    if (listing.orgId === orgId) throw new AppError(ErrorCode.BadRequest, 'An organisation cannot exclude itself');
    return { type: 'org', orgId: listing.orgId, viaListingId: listing._id };
  }

  /** A listing the excluder can see: live on the marketplace, or in one of its matches. */
  private async visibleListing(orgId: string, listingId: string): Promise<ListingRecord> {
    const listing = await this.deps.listings.find(listingId);
    if (!listing) throw new NotFoundError('Listing');
    if (isLive(listing, this.deps.clock()) || listing.orgId === orgId) return listing;
    const ofMine = (await this.deps.matches.forListing(listingId)).some((match) => match.needOrgId === orgId || match.offerOrgId === orgId);
    if (!ofMine) throw new NotFoundError('Listing');
    return listing;
  }

  /** Matches the entry may bear on: those between the two organisations, or all of the excluder's for a sector. */
  private affected(entry: ExclusionRecord): Promise<MatchRecord[]> {
    return entry.target.type === 'org' ? this.deps.matches.between(entry.orgId, entry.target.orgId) : this.deps.matches.ofOrg(entry.orgId);
  }

  // An introduced pair already has a deal room together; an exclusion stops new matching, not work under way.
  private async hideForbidden(entry: ExclusionRecord): Promise<void> {
    const matches = (await this.affected(entry)).filter((match) => !match.hidden && match.state !== 'introduced');
    const listings = await this.deps.listings.findMany(matches.flatMap((match) => [match.needListingId, match.offerListingId]));
    for (const match of matches) {
      if (!this.forbids([entry], match, listings)) continue;
      await this.deps.matches.hide(match._id);
      await this.deps.notifier.removed(match);
    }
  }

  private async restoreAfter(removed: ExclusionRecord): Promise<void> {
    const matches = (await this.affected(removed)).filter((match) => match.hidden && match.state !== 'introduced');
    if (matches.length === 0) return;
    const listings = await this.deps.listings.findMany(matches.flatMap((match) => [match.needListingId, match.offerListingId]));
    const remaining = await this.deps.exclusions.bearingOn(matches.flatMap((match) => [match.needOrgId, match.offerOrgId]));
    const now = this.deps.clock();
    const restored: MatchRecord[] = [];
    for (const match of matches) {
      const [need, offer] = [listings.get(match.needListingId), listings.get(match.offerListingId)];
      if (!need || !offer || !isLive(need, now) || !isLive(offer, now) || !this.forbids([removed], match, listings)) continue;
      if (this.forbids(remaining, match, listings)) continue;
      await this.deps.matches.show(match._id);
      restored.push({ ...match, hidden: false });
    }
    await this.deps.notifier.push('match:suggested', restored);
  }

  private forbids(entries: readonly ExclusionRecord[], match: MatchRecord, listings: Map<string, ListingRecord>): boolean {
    const party = (orgId: string, listingId: string) => ({ orgId, sectors: listings.get(listingId)?.sectors ?? [] });
    return pairExcluded(entries, party(match.needOrgId, match.needListingId), party(match.offerOrgId, match.offerListingId));
  }

  private async view(entry: ExclusionRecord): Promise<ExclusionView> {
    const base = { id: entry._id, source: entry.source, createdAt: new Date(entry.createdAt).toISOString() };
    if (entry.target.type === 'sector') return { ...base, kind: 'sector', sector: entry.target.sector, org: null, listing: null };
    const { orgId, viaListingId } = entry.target;
    const via = viaListingId ? await this.deps.listings.find(viaListingId) : null;
    const named = !via || (await this.mayNameBehind(via, entry.orgId));
    const org = named ? await this.deps.orgs.find(orgId) : null;
    return { ...base, kind: 'org', sector: null, org: org ? toOrgBrief(org) : null, listing: via ? { id: via._id, title: via.title } : null };
  }

  private async mayNameBehind(listing: ListingRecord, viewerOrgId: string): Promise<boolean> {
    const revealedByMatch = listing.anonymous && (await this.deps.matches.revealedTo([listing], [viewerOrgId])).has(listing._id);
    return mayNameParty(listing, { member: listing.orgId === viewerOrgId, revealedByMatch });
  }

  private async requireMember(user: PublicUser, orgId: string): Promise<void> {
    if (!(await this.deps.orgs.find(orgId))) throw new NotFoundError('Organisation');
    if (!(await this.deps.memberships.find(orgId, user.id))) throw new ForbiddenError('Only members of the organisation see its exclusion list');
  }

  private async requireOwner(user: PublicUser, orgId: string): Promise<void> {
    if (!(await this.deps.orgs.find(orgId))) throw new NotFoundError('Organisation');
    const membership = await this.deps.memberships.find(orgId, user.id);
    if (membership?.role !== 'owner') throw new ForbiddenError('Only owners of the organisation manage its exclusion list');
  }
}
