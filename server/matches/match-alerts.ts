// Match notifications through the notification center: a new suggestion to both sides
// (match.new), interest shown to the other side (match.interest) and a mutual match to both
// (match.mutual). Each side is told about its own listing; an anonymous side stays anonymous
// until the match is mutual, so its people are not named as actors before then.
import type { PublicUser } from '../../shared/protocol.ts';
import type { MatchSide } from '../../shared/schemas/matches.ts';
import type { NotificationType } from '../../shared/schemas/notifications.ts';
import type { ListingRecord, ListingRepository } from '../listings/index.ts';
import type { Logger } from '../logger.ts';
import type { NotificationPort } from '../notifications/notification-port.ts';
import { notifyQuietly } from '../notifications/notify-quietly.ts';
import type { MembershipRepository } from '../orgs/index.ts';
import type { MatchRecord } from './match-repository.ts';

export interface MatchAlertsDeps {
  port: NotificationPort | undefined;
  memberships: Pick<MembershipRepository, 'membersOf'>;
  listings: Pick<ListingRepository, 'findMany'>;
  logger: Logger;
}

const otherSide = (side: MatchSide): MatchSide => (side === 'need' ? 'offer' : 'need');

export class MatchAlerts {
  constructor(private readonly deps: MatchAlertsDeps) {}

  /** New suggestions, to the members of both organisations; never throws. */
  async suggested(matches: readonly MatchRecord[]): Promise<void> {
    for (const match of matches) await this.tell(match, 'match.new', ['need', 'offer'], null);
  }

  /** A workflow change by `side`: mutual news to both sides, else interest news to the other; never throws. */
  async changed(before: MatchRecord, after: MatchRecord, actor: PublicUser, side: MatchSide): Promise<void> {
    if (after.state === 'mutual' && before.state !== 'mutual') {
      await this.tell(after, 'match.mutual', ['need', 'offer'], actor);
    } else if (after.interest[side] && !before.interest[side]) {
      await this.tell(after, 'match.interest', [otherSide(side)], actor, side);
    }
  }

  private async tell(match: MatchRecord, type: NotificationType, sides: MatchSide[], actor: PublicUser | null, actingSide?: MatchSide): Promise<void> {
    try {
      const listings = await this.deps.listings.findMany([match.needListingId, match.offerListingId]);
      const listingOf = (side: MatchSide) => listings.get(side === 'need' ? match.needListingId : match.offerListingId);
      // Before a match is mutual, naming the person who acted would unmask an anonymous listing.
      const acting = actingSide ? listingOf(actingSide) : undefined;
      const named = actor && (type === 'match.mutual' || (acting !== undefined && !acting.anonymous)) ? { id: actor.id, name: actor.name } : null;
      for (const side of sides) {
        const [mine, theirs] = [listingOf(side), listingOf(otherSide(side))];
        if (mine && theirs) await this.tellSide(match, type, side, mine, theirs, named);
      }
    } catch (error) {
      this.deps.logger.error({ err: error, matchId: match._id, type }, 'match notification failed');
    }
  }

  private async tellSide(match: MatchRecord, type: NotificationType, side: MatchSide, mine: ListingRecord, theirs: ListingRecord, actor: { id: string; name: string } | null): Promise<void> {
    const members = await this.deps.memberships.membersOf(side === 'need' ? match.needOrgId : match.offerOrgId);
    await notifyQuietly(
      this.deps.port,
      {
        type,
        recipientIds: members.map((member) => member.userId),
        subject: { kind: 'match', id: match._id, title: mine.title },
        actor,
        data: { listingId: mine._id, theirTitle: theirs.title, score: Math.round(match.score * 100) / 100 },
      },
      this.deps.logger,
    );
  }
}
