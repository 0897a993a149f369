// A match's trail as one viewer may read it: entries made for a side the shared anonymity rule
// masks (an anonymous listing's side before mutual interest) keep what happened and when, but
// not who did it or for which organisation.
import { isEntryOf } from '../../shared/activity-actions.ts';
import { mayNameSide } from '../../shared/anonymity.ts';
import type { MatchActivityView, MatchSide } from '../../shared/schemas/matches.ts';
import { wireData, type ActivityRecord } from '../activity/index.ts';
import type { ListingRecord } from '../listings/index.ts';
import type { MatchRecord } from './match-repository.ts';

function sideActing(match: MatchRecord, record: ActivityRecord): MatchSide | null {
  if (record.actingOrgId === match.needOrgId) return 'need';
  if (record.actingOrgId === match.offerOrgId) return 'offer';
  return null;
}

/**
 * The entries, oldest first, as someone acting for `viewerOrgIds` may see them. A match's trail
 * holds only match actions (MatchService writes it); the check lets the types say so.
 */
export function matchTrailFor(match: MatchRecord, records: readonly ActivityRecord[], listings: ReadonlyMap<string, ListingRecord>, viewerOrgIds: readonly string[]): MatchActivityView[] {
  const listingOf = (side: MatchSide) => listings.get(side === 'need' ? match.needListingId : match.offerListingId);
  return records.flatMap((record) => {
    if (!isEntryOf(record, ['match'])) return [];
    const side = sideActing(match, record);
    const named = side !== null && mayNameSide(match, side, listingOf(side), viewerOrgIds);
    return {
      id: record._id,
      at: new Date(record.at).toISOString(),
      side,
      actorId: named ? record.actorId : null,
      actingOrgId: named ? record.actingOrgId : null,
      ...wireData(record),
    };
  });
}
