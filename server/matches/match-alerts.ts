// Match notifications through the notification center: a new suggestion to both sides
// (match.new), interest shown to the other side (match.interest), a mutual match to both
// (match.mutual), and for unanswered interest a reminder to the other side (match.reminder) and
// its expiry to the asker (match.expired). Each side is told about its own listing; an actor is named only as the shared
// anonymity rule allows, so an anonymous side's people are not named before the match is mutual.
import { mayNameSide } from '../../shared/anonymity.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { MatchSide } from '../../shared/schemas/matches.ts';
import type { NotificationType } from '../../shared/schemas/notifications.ts';
import type { ListingRecord, ListingRepository } from '../listings/index.ts';
import type { Logger } from '../logger.ts';
import type { NotificationPort } from '../notifications/index.ts';
import { notifyQuietly } from '../notifications/index.ts';
import type { MembershipRepository } from '../orgs/index.ts';
import type { MatchRecord } from './match-repository.ts';

export interface MatchAlertsDeps {
  port: NotificationPort | undefined;
  memberships: Pick<MembershipRepository, 'membersOf'>;
  listings: Pick<ListingRepository, 'findMany'>;
  logger: Logger;
}

const otherSide = (side: MatchSide): MatchSide => (side === 'need' ? 'offer' : 'need');

/** Who caused the news, and for which side. */
interface Acting {
  actor: PublicUser;
  side: MatchSide;
}

export class MatchAlerts {
  constructor(private readonly deps: MatchAlertsDeps) {}

  /** New suggestions, to the members of both organisations (or of `sides` only); never throws. */
  async suggested(matches: readonly MatchRecord[], sides: MatchSide[] = ['need', 'offer']): Promise<void> {
    for (const match of matches) await this.tell(match, 'match.new', sides, null);
  }

  /** A workflow change by `side`: mutual news to both sides, else interest news to the other; never throws. */
  async changed(before: MatchRecord, after: MatchRecord, actor: PublicUser, side: MatchSide): Promise<void> {
    if (after.state === 'mutual' && before.state !== 'mutual') {
      await this.tell(after, 'match.mutual', ['need', 'offer'], { actor, side });
    } else if (after.interest[side] && !before.interest[side]) {
      await this.tell(after, 'match.interest', [otherSide(side)], { actor, side });
    }
  }

  /** Interest from `askerSide` still unanswered: a reminder to the other side's members; never throws. */
  async reminded(match: MatchRecord, askerSide: MatchSide): Promise<void> {
    await this.tell(match, 'match.reminder', [otherSide(askerSide)], null);
  }

  /** Interest from `askerSide` expired unanswered: the asker's members are told; never throws. */
  async expired(match: MatchRecord, askerSide: MatchSide): Promise<void> {
    await this.tell(match, 'match.expired', [askerSide], null);
  }

  private async tell(match: MatchRecord, type: NotificationType, sides: MatchSide[], acting: Acting | null): Promise<void> {
    try {
      const listings = await this.deps.listings.findMany([match.needListingId, match.offerListingId]);
      const listingOf = (side: MatchSide) => listings.get(side === 'need' ? match.needListingId : match.offerListingId);
      for (const side of sides) {
        const [mine, theirs] = [listingOf(side), listingOf(otherSide(side))];
        if (mine && theirs) await this.tellSide(match, type, side, mine, theirs, this.namedActor(match, acting, listingOf, side));
      }
    } catch (error) {
      this.deps.logger.error({ err: error, matchId: match._id, type }, 'match notification failed');
    }
  }

  /** The actor as `side` may see them: named only when the shared anonymity rule allows naming the acting side. */
  private namedActor(match: MatchRecord, acting: Acting | null, listingOf: (side: MatchSide) => ListingRecord | undefined, side: MatchSide): { id: string; name: string } | null {
    if (!acting) return null;
    const viewerOrgIds = [side === 'need' ? match.needOrgId : match.offerOrgId];
    return mayNameSide(match, acting.side, listingOf(acting.side), viewerOrgIds) ? { id: acting.actor.id, name: acting.actor.name } : null;
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
        // New suggestions for one listing fold into one entry, and each person's minimum score applies to them.
        ...(type === 'match.new' ? { groupKey: `match.new:${mine._id}`, matchScore: match.score } : {}),
      },
      this.deps.logger,
    );
  }
}
