// Marketplace criteria: one description of "which listings" used both as a store filter (browsing)
// and as an in-memory check on search hits, so both paths show the same listings.
import type { ListingKind, ListingQuery } from '../../shared/schemas/listings.ts';
import { REGIONS, SECTORS } from '../../shared/taxonomy/index.ts';
import type { Filter } from '../store/index.ts';
import type { ListingRecord } from './listing-repository.ts';
import { liveFilter } from './listing-repository.ts';
import { isLive } from './listing-status.ts';
import { descendantsOf } from './taxonomy-tree.ts';

const sectorsUnder = descendantsOf(SECTORS);
const regionsUnder = descendantsOf(REGIONS);

export interface MarketplaceCriteria {
  kind?: ListingKind;
  category?: string;
  sectors?: string[];
  regions?: string[];
  orgId?: string;
  /** Outsiders filtering by organisation never see its anonymous listings (that would unmask them). */
  namedOnly: boolean;
  /** Members looking at their own organisation also see withdrawn and expired listings. */
  liveOnly: boolean;
  /** Suspended organisations the viewer is not a member of: none of their listings are shown. */
  hiddenOrgIds: string[];
}

export function criteriaFor(query: ListingQuery, viewerOrgIds: readonly string[], hiddenOrgIds: string[] = []): MarketplaceCriteria {
  const ownOrg = query.orgId !== undefined && viewerOrgIds.includes(query.orgId);
  return {
    kind: query.kind,
    category: query.category,
    sectors: query.sector?.length ? sectorsUnder(query.sector) : undefined,
    regions: query.region?.length ? regionsUnder(query.region) : undefined,
    orgId: query.orgId,
    namedOnly: query.orgId !== undefined && !ownOrg,
    liveOnly: !ownOrg,
    hiddenOrgIds,
  };
}

export function toStoreFilter(criteria: MarketplaceCriteria, now: Date): Filter {
  const filter: Filter = {};
  if (criteria.kind) filter.kind = criteria.kind;
  if (criteria.category) filter.category = criteria.category;
  if (criteria.sectors) filter.sectors = { $in: criteria.sectors };
  if (criteria.regions) filter.regions = { $in: criteria.regions };
  // A hidden organisation asked for by id matches nothing (`$in: []`), on either store.
  if (criteria.orgId) filter.orgId = criteria.hiddenOrgIds.includes(criteria.orgId) ? { $in: [] } : criteria.orgId;
  else if (criteria.hiddenOrgIds.length > 0) filter.orgId = { $nin: criteria.hiddenOrgIds };
  if (criteria.namedOnly) filter.anonymous = false;
  return criteria.liveOnly ? liveFilter(now, filter) : filter;
}

const overlaps = (wanted: string[] | undefined, have: string[]) => !wanted || have.some((code) => wanted.includes(code));

export function meetsCriteria(listing: ListingRecord, criteria: MarketplaceCriteria, now: Date): boolean {
  return (
    (!criteria.kind || listing.kind === criteria.kind) &&
    (!criteria.category || listing.category === criteria.category) &&
    overlaps(criteria.sectors, listing.sectors) &&
    overlaps(criteria.regions, listing.regions) &&
    (!criteria.orgId || listing.orgId === criteria.orgId) &&
    !criteria.hiddenOrgIds.includes(listing.orgId) &&
    (!criteria.namedOnly || !listing.anonymous) &&
    (!criteria.liveOnly || isLive(listing, now))
  );
}
