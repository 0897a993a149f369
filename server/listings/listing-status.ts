// A listing's status as readers see it: stored active but past its expiry reads as expired.
import type { ListingStatus } from '../../shared/schemas/listings.ts';
import type { ListingRecord } from './listing-repository.ts';

export function effectiveStatus(listing: ListingRecord, now: Date): ListingStatus {
  if (listing.status !== 'active') return listing.status;
  if (listing.expiresAt && new Date(listing.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/** Active and not expired: may be matched, searched and shown in the marketplace. */
export function isLive(listing: ListingRecord, now: Date): boolean {
  return effectiveStatus(listing, now) === 'active';
}
