// Who may see what a notification is about: the members of a deal who may read it (its NDA accepted), the members of either
// organisation of a match, or the invitees of a pending invitation. The center checks every
// recipient against it, whatever the sender.
import type { NotificationSubject } from '../../shared/schemas/notifications.ts';

export interface SubjectAudience {
  /** The recipients, in order, who may see the subject. */
  allowed(subject: NotificationSubject, userIds: readonly string[]): Promise<string[]>;
}

/** Someone who belongs to a deal or an organisation. */
interface Member {
  userId: string;
}

/** Where the audience comes from (the deal, match and organisation repositories fit these ports). */

export interface AudienceSources {
  dealMembers: { membersOf(dealId: string): Promise<Member[]> };
  matches: { find(matchId: string): Promise<{ needOrgId: string; offerOrgId: string } | null> };
  orgMembers: { membersOfAny(orgIds: readonly string[]): Promise<Member[]> };
  /** The invitees of a pending invitation; absent = nobody hears of invitations. */
  invitees?: { audienceOf(invitationId: string): Promise<Set<string>> };
}

export class StoreSubjectAudience implements SubjectAudience {
  constructor(private readonly sources: AudienceSources) {}

  async allowed(subject: NotificationSubject, userIds: readonly string[]): Promise<string[]> {
    const audience = await this.audienceOf(subject);
    return userIds.filter((userId) => audience.has(userId));
  }

  private async audienceOf(subject: NotificationSubject): Promise<Set<string>> {
    if (subject.kind === 'deal') return new Set((await this.sources.dealMembers.membersOf(subject.id)).map((member) => member.userId));
    if (subject.kind === 'invitation') return (await this.sources.invitees?.audienceOf(subject.id)) ?? new Set();
    const match = await this.sources.matches.find(subject.id);
    if (!match) return new Set();
    const members = await this.sources.orgMembers.membersOfAny([match.needOrgId, match.offerOrgId]);
    return new Set(members.map((member) => member.userId));
  }
}
