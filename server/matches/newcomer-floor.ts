// Spam damping for newcomers: a new organisation's first listings tell other organisations of a
// match only when the match is strong. Until an organisation is old enough or has published enough,
// its weaker suggestions are still stored and shown, but only its own members are notified.
import type { Clock } from '../clock.ts';
import type { ListingRecord, ListingRepository } from '../listings/index.ts';
import type { OrgRepository } from '../orgs/index.ts';

const DAY_MS = 24 * 3_600_000;

/** Who counts as new, and the score a match needs to be told to the other side. */
export interface NewcomerRule {
  /** An organisation younger than this many days is new. */
  days: number;
  /** An organisation with at most this many listings (the new one included) is new. */
  listings: number;
  /** The lowest match score told to other organisations while the listing's organisation is new. */
  minScore: number;
}

export const DEFAULT_NEWCOMER_RULE: NewcomerRule = { days: 30, listings: 3, minScore: 0.6 };

export class NewcomerFloor {
  constructor(
    private readonly deps: {
      orgs: Pick<OrgRepository, 'find'>;
      listings: Pick<ListingRepository, 'count'>;
      rule: NewcomerRule;
      clock: Clock;
    },
  ) {}

  /** The lowest score of the listing's new matches that may be told to the other side (0 for an established organisation). */
  async floorFor(listing: ListingRecord): Promise<number> {
    const { days, listings, minScore } = this.deps.rule;
    const org = await this.deps.orgs.find(listing.orgId);
    const young = !org || this.deps.clock().getTime() - org.createdAt.getTime() < days * DAY_MS;
    if (young) return minScore;
    return (await this.deps.listings.count({ orgId: listing.orgId })) <= listings ? minScore : 0;
  }
}
