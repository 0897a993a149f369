// Listing commands: publish, edit, withdraw, expire; read one; browse or search the marketplace.
// Only members of the listing's organisation change it, with wording that says enough to be
// matched, and at most so many new listings a day; every change keeps the engine in step
// and tells the matches feature (hooks) so inboxes follow; every change goes in the activity trail.
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { CreateListingBody, ListingPage, ListingQuery, ListingView, UpdateListingBody } from '../../shared/schemas/listings.ts';
import { changedFields, SYSTEM_ACTOR_ID, type ActivityLog, type StoredActivityDataOf } from '../activity/index.ts';
import { AppError, ForbiddenError, NotFoundError } from '../http/index.ts';
import type { MembershipRepository, OrgRecord, OrgRepository } from '../orgs/index.ts';
import type { MatchEnginePort } from './engine-port.ts';
import type { ListingIndexer } from './listing-indexer.ts';
import type { ListingPresenter } from './listing-presenter.ts';
import type { ListingRecord, ListingRepository } from './listing-repository.ts';
import { requireMeaning } from './listing-meaning.ts';
import { requireListingAllowance } from './listing-quota.ts';
import { isLive } from './listing-status.ts';
import { criteriaFor, meetsCriteria, toStoreFilter } from './marketplace-query.ts';

/** Most search hits considered for paging; deeper pages of a free-text search are empty. */
const SEARCH_DEPTH = 1000;

export interface ListingHooks {
  /** The listing is stored, live and indexed: find, store and push its new matches. */
  saved(listing: ListingRecord, previous: ListingRecord | null): Promise<void>;
  /** The listing stopped being live (withdrawn, expired): take its matches out of inboxes. */
  retired(listing: ListingRecord): Promise<void>;
}

export interface ListingServiceDeps {
  listings: ListingRepository;
  orgs: OrgRepository;
  memberships: MembershipRepository;
  indexer: ListingIndexer;
  presenter: ListingPresenter;
  engine: Pick<MatchEnginePort, 'search'>;
  hooks: ListingHooks;
  activity: ActivityLog;
  /** Listings one organisation may publish per rolling day; 0 = no limit. */
  listingsPerDay: number;
  now?: () => Date;
}

export class ListingService {
  private readonly now: () => Date;

  constructor(private readonly deps: ListingServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async create(user: PublicUser, body: CreateListingBody): Promise<ListingView> {
    const org = await this.deps.orgs.find(body.orgId);
    if (!org) throw new NotFoundError('Organisation');
    await this.requireMember(user, org._id);
    requireNotSuspended(org);
    requireMeaning(body.title, body.description);
    const now = this.now();
    await requireListingAllowance(this.deps.listings, org._id, this.deps.listingsPerDay, now);
    const listing: ListingRecord = { _id: randomUUID(), ...body, status: 'active', createdBy: user.id, createdAt: now, updatedAt: now };
    await this.deps.listings.insert(listing);
    await this.record(user.id, listing, { action: 'listing.created', before: null, after: { title: listing.title, kind: listing.kind, category: listing.category } });
    await this.afterChange(listing, null, org);
    return this.present(user, listing);
  }

  async update(user: PublicUser, id: string, changes: UpdateListingBody): Promise<ListingView> {
    const listing = await this.existing(id);
    await this.requireMember(user, listing.orgId);
    const org = await this.deps.orgs.find(listing.orgId);
    if (org) requireNotSuspended(org);
    if (listing.status === 'withdrawn') throw new AppError(ErrorCode.Conflict, 'A withdrawn listing cannot be edited');
    // Only new wording is judged: a listing from before the rule keeps its other fields editable.
    if (changes.title !== undefined || changes.description !== undefined) {
      requireMeaning(changes.title ?? listing.title, changes.description ?? listing.description);
    }
    const now = this.now();
    // A new expiry date in the future brings an expired listing back; the sweep expires it again later.
    const status = changes.expiresAt !== undefined && listing.status === 'expired' ? 'active' : listing.status;
    const updated: ListingRecord = { ...listing, ...changes, status, updatedAt: now };
    await this.deps.listings.update(id, { ...changes, status, updatedAt: now });
    const changed = changedFields(listing, { ...changes, status });
    if (changed) await this.record(user.id, updated, { action: 'listing.updated', ...changed });
    await this.afterChange(updated, listing, org);
    return this.present(user, updated);
  }

  async withdraw(user: PublicUser, id: string): Promise<ListingView> {
    const listing = await this.existing(id);
    await this.requireMember(user, listing.orgId);
    if (listing.status === 'withdrawn') return this.present(user, listing);
    const updated: ListingRecord = { ...listing, status: 'withdrawn', updatedAt: this.now() };
    await this.deps.listings.update(id, { status: updated.status, updatedAt: updated.updatedAt });
    await this.record(user.id, updated, { action: 'listing.withdrawn', before: { status: listing.status }, after: { status: 'withdrawn' } });
    this.deps.indexer.remove(id);
    await this.deps.hooks.retired(updated);
    return this.present(user, updated);
  }

  /** Stores `expired` on listings past their expiry and retires them; returns how many. */
  async expireOverdue(): Promise<number> {
    const overdue = await this.deps.listings.overdue(this.now());
    let count = 0;
    for (const listing of overdue) {
      if (!(await this.deps.listings.markExpired(listing._id, listing.status))) continue;
      count += 1;
      const expired: ListingRecord = { ...listing, status: 'expired' };
      await this.record(SYSTEM_ACTOR_ID, expired, { action: 'listing.expired', before: { status: listing.status }, after: { status: 'expired' } });
      this.deps.indexer.remove(listing._id);
      await this.deps.hooks.retired(expired);
    }
    return count;
  }

  async get(user: PublicUser, id: string): Promise<ListingView> {
    const listing = await this.existing(id);
    // A suspended organisation's listings are gone for everyone but its members.
    if ((await this.deps.orgs.find(listing.orgId))?.suspended && !(await this.deps.memberships.find(listing.orgId, user.id))) throw new NotFoundError('Listing');
    return this.present(user, listing);
  }

  /** Takes a suspended organisation's live listings out of the engine and their matches out of inboxes. */
  async retireOrg(orgId: string): Promise<void> {
    for (const listing of await this.deps.listings.live(this.now(), { orgId })) {
      this.deps.indexer.remove(listing._id);
      await this.deps.hooks.retired(listing);
    }
  }

  /** Brings an organisation's live listings back after its suspension is lifted, with their matches. */
  async restoreOrg(orgId: string): Promise<void> {
    const org = await this.deps.orgs.find(orgId);
    if (!org) return;
    for (const listing of await this.deps.listings.live(this.now(), { orgId })) await this.afterChange(listing, null, org);
  }

  async browse(user: PublicUser, query: ListingQuery): Promise<ListingPage> {
    const viewerOrgIds = await this.deps.memberships.orgIdsOf(user.id);
    const hiddenOrgIds = (await this.deps.orgs.suspendedIds()).filter((orgId) => !viewerOrgIds.includes(orgId));
    const criteria = criteriaFor(query, viewerOrgIds, hiddenOrgIds);
    const now = this.now();
    const skip = (query.page - 1) * query.pageSize;
    let listings: ListingRecord[];
    let total: number;
    if (query.q) {
      const hits = this.deps.engine.search(query.q, {
        kind: criteria.kind,
        category: criteria.category,
        sectors: criteria.sectors,
        regions: criteria.regions,
        limit: SEARCH_DEPTH,
      });
      const found = await this.deps.listings.findMany(hits.map((hit) => hit.listingId));
      const matching = hits.flatMap((hit) => found.get(hit.listingId) ?? []).filter((listing) => meetsCriteria(listing, criteria, now));
      total = matching.length;
      listings = matching.slice(skip, skip + query.pageSize);
    } else {
      const filter = toStoreFilter(criteria, now);
      total = await this.deps.listings.count(filter);
      listings = await this.deps.listings.query(filter, { sort: { createdAt: -1, _id: 1 }, skip, limit: query.pageSize });
    }
    return { listings: await this.deps.presenter.present(listings, viewerOrgIds, now), page: query.page, pageSize: query.pageSize, total };
  }

  private async afterChange(listing: ListingRecord, previous: ListingRecord | null, org: OrgRecord | null): Promise<void> {
    const now = this.now();
    if (isLive(listing, now)) {
      this.deps.indexer.index(listing, org ?? undefined);
      await this.deps.hooks.saved(listing, previous);
    } else {
      this.deps.indexer.remove(listing._id);
      if (previous && isLive(previous, now)) await this.deps.hooks.retired(listing);
    }
  }

  private async record(actorId: string, listing: ListingRecord, change: StoredActivityDataOf<'listing'>): Promise<void> {
    const subject = { type: 'listing', id: listing._id, listingIds: [listing._id], orgIds: [listing.orgId] };
    await this.deps.activity.append({ actorId, actingOrgId: listing.orgId, at: this.now(), subject, ...change });
  }

  private async requireMember(user: PublicUser, orgId: string): Promise<void> {
    if (!(await this.deps.memberships.find(orgId, user.id))) {
      throw new ForbiddenError('You are not a member of the organisation this listing belongs to');
    }
  }

  private async existing(id: string): Promise<ListingRecord> {
    const listing = await this.deps.listings.find(id);
    if (!listing) throw new NotFoundError('Listing');
    return listing;
  }

  private async present(user: PublicUser, listing: ListingRecord): Promise<ListingView> {
    return this.deps.presenter.presentOne(listing, await this.deps.memberships.orgIdsOf(user.id), this.now());
  }
}

function requireNotSuspended(org: OrgRecord): void {
  if (org.suspended) throw new AppError(ErrorCode.OrgSuspended, 'Your organisation is suspended by the instance admins; it cannot publish or edit listings');
}
