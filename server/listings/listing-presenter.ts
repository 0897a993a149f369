// Turns stored listings into what one viewer may see, loading organisations and reveals in batches.
import type { ListingView } from '../../shared/schemas/listings.ts';
import type { OrgRepository } from '../orgs/index.ts';
import type { ListingRecord } from './listing-repository.ts';
import { toListingView } from './listing-view.ts';

/** Of these anonymous listings, the ids a mutual match has revealed to the viewer's organisations. */
export type RevealLookup = (listings: ListingRecord[], viewerOrgIds: readonly string[]) => Promise<Set<string>>;

export class ListingPresenter {
  constructor(
    private readonly orgs: OrgRepository,
    private readonly revealed: RevealLookup,
  ) {}

  async present(listings: ListingRecord[], viewerOrgIds: readonly string[], now: Date): Promise<ListingView[]> {
    const member = new Set(viewerOrgIds);
    const hidden = listings.filter((listing) => listing.anonymous && !member.has(listing.orgId));
    const revealed = hidden.length > 0 && member.size > 0 ? await this.revealed(hidden, viewerOrgIds) : new Set<string>();
    const orgs = await this.orgs.findMany(listings.map((listing) => listing.orgId));
    return listings.map((listing) =>
      toListingView(listing, orgs.get(listing.orgId), { mine: member.has(listing.orgId), revealed: revealed.has(listing._id) }, now),
    );
  }

  async presentOne(listing: ListingRecord, viewerOrgIds: readonly string[], now: Date): Promise<ListingView> {
    const [view] = await this.present([listing], viewerOrgIds, now);
    return view;
  }
}
