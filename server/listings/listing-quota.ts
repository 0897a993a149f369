// The daily listing allowance: how many listings an organisation may publish over any rolling
// 24 hours. Withdrawn listings still count, so posting and withdrawing does not get around it.
import { ErrorCode } from '../../shared/protocol.ts';
import { AppError } from '../http/index.ts';
import { windowAllowance } from '../rolling-window.ts';
import type { ListingRepository } from './listing-repository.ts';

export const LISTING_DAY_MS = 24 * 3_600_000;
export const DEFAULT_LISTINGS_PER_DAY = 10;

/** Throws 429 `listing_limit` (with when the next is possible) when the organisation has none left today; 0 = no limit. */
export async function requireListingAllowance(listings: ListingRepository, orgId: string, perDay: number, now: Date): Promise<void> {
  if (perDay === 0) return;
  const since = new Date(now.getTime() - LISTING_DAY_MS);
  const recent = await listings.query({ orgId, createdAt: { $gt: since } }, { sort: { createdAt: 1 } });
  const allowance = windowAllowance(perDay, recent.map((listing) => listing.createdAt), now, LISTING_DAY_MS);
  if (allowance.left > 0) return;
  throw new AppError(ErrorCode.ListingLimit, `Your organisation has published ${allowance.used} listings in the last 24 hours, its limit; the next is possible at ${allowance.freesAt}`, {
    limit: allowance.limit,
    freesAt: allowance.freesAt,
  });
}
