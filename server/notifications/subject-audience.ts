// Who may see what a notification is about: the members of a deal, or the members of either
// organisation of a match. The center checks every recipient against it, whatever the sender.
import type { NotificationSubject } from '../../shared/schemas/notifications.ts';
import type { DealMemberRepository } from '../deals/index.ts';
import type { MatchRepository } from '../matches/index.ts';
import type { MembershipRepository } from '../orgs/index.ts';

export interface SubjectAudience {
  /** The recipients, in order, who may see the subject. */
  allowed(subject: NotificationSubject, userIds: readonly string[]): Promise<string[]>;
}

export interface AudienceSources {
  dealMembers: Pick<DealMemberRepository, 'membersOf'>;
  matches: Pick<MatchRepository, 'find'>;
  orgMembers: Pick<MembershipRepository, 'membersOfAny'>;
}

export class StoreSubjectAudience implements SubjectAudience {
  constructor(private readonly sources: AudienceSources) {}

  async allowed(subject: NotificationSubject, userIds: readonly string[]): Promise<string[]> {
    const audience = await this.audienceOf(subject);
    return userIds.filter((userId) => audience.has(userId));
  }

  private async audienceOf(subject: NotificationSubject): Promise<Set<string>> {
    if (subject.kind === 'deal') return new Set((await this.sources.dealMembers.membersOf(subject.id)).map((member) => member.userId));
    const match = await this.sources.matches.find(subject.id);
    if (!match) return new Set();
    const members = await this.sources.orgMembers.membersOfAny([match.needOrgId, match.offerOrgId]);
    return new Set(members.map((member) => member.userId));
  }
}
