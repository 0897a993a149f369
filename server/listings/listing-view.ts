// How a listing is shown to one viewer: in full, or as a teaser without its organisation's
// identity when the shared anonymity rule (shared/anonymity.ts) says it may not be named to them.
import { mayNameParty } from '../../shared/anonymity.ts';
import type { ListingView } from '../../shared/schemas/listings.ts';
import { toOrgBrief, type OrgRecord } from '../orgs/index.ts';
import type { ListingRecord } from './listing-repository.ts';
import { effectiveStatus } from './listing-status.ts';

export interface ListingVisibility {
  /** The viewer belongs to the listing's organisation. */
  mine: boolean;
  /** A mutual match between the viewer's side and this listing revealed its organisation. */
  revealed: boolean;
}

export function toListingView(
  listing: ListingRecord,
  org: OrgRecord | undefined,
  visibility: ListingVisibility,
  now: Date,
): ListingView {
  const teaser = !mayNameParty(listing, { member: visibility.mine, revealedByMatch: visibility.revealed });
  const view: ListingView = {
    id: listing._id,
    kind: listing.kind,
    category: listing.category,
    title: listing.title,
    description: listing.description,
    sectors: listing.sectors,
    regions: listing.regions,
    dealSize: listing.dealSize,
    stage: listing.stage,
    languages: listing.languages,
    certifications: listing.certifications,
    anonymous: listing.anonymous,
    status: effectiveStatus(listing, now),
    expiresAt: listing.expiresAt ? new Date(listing.expiresAt).toISOString() : null,
    createdAt: new Date(listing.createdAt).toISOString(),
    updatedAt: new Date(listing.updatedAt).toISOString(),
    teaser,
    mine: visibility.mine,
  };
  if (!teaser) {
    view.orgId = listing.orgId;
    if (org) view.org = toOrgBrief(org);
  }
  return view;
}
