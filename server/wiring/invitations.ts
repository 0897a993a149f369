// The invitations of the app: the records, who their invitees are (also asked by the notification
// center before it stores an invitation's notification), and the names their views show. Built
// before the features that register what accepting does.
import type { UserRepository } from '../auth/index.ts';
import type { Clock } from '../clock.ts';
import { InvitationService, type InvitationNames, type InviteeDirectory } from '../invitations/index.ts';
import type { Logger } from '../logger.ts';
import type { MailPort } from '../mail/index.ts';
import type { NotificationPort } from '../notifications/index.ts';
import type { MembershipRepository } from '../orgs/index.ts';
import type { Repositories } from './repositories.ts';

export interface InvitationWiring {
  /** For the notification center: who may see an invitation's notification. */
  audience: { audienceOf(invitationId: string): Promise<Set<string>> };
  /** The service, once the notification center exists. */
  service(notifications: NotificationPort, logger: Logger, mail?: MailPort): InvitationService;
}

function inviteeDirectory(users: UserRepository, memberships: MembershipRepository): InviteeDirectory {
  return {
    accountByEmail: async (email) => {
      const user = await users.findByEmail(email);
      return user ? { id: user._id, lang: user.lang ?? null } : null;
    },
    memberIdsOf: async (orgId) => (await memberships.membersOf(orgId)).map((member) => member.userId),
    isMember: async (orgId, userId) => (await memberships.find(orgId, userId)) !== null,
    orgIdsOf: (userId) => memberships.orgIdsOf(userId),
  };
}

function names({ orgs, deals, users }: Repositories): InvitationNames {
  return {
    orgNames: async (ids) => new Map([...(await orgs.findMany(ids))].map(([id, org]) => [id, org.name])),
    dealTitles: async (ids) => new Map((await deals.findMany(ids)).map((deal) => [deal._id, deal.title])),
    userNames: async (ids) => new Map((ids.length > 0 ? await users.findByIds([...ids]) : []).map((user) => [user._id, user.name])),
  };
}

export function invitationWiring(repos: Repositories, clock?: Clock): InvitationWiring {
  const { invitations } = repos;
  const invitees = inviteeDirectory(repos.users, repos.memberships);
  let service: InvitationService | undefined;
  const build = (notifications: NotificationPort, logger: Logger, mail?: MailPort) => (service ??= new InvitationService({ invitations, invitees, names: names(repos), notifications, mail, logger, clock }));
  return {
    // Asked only for invitation notifications, which only the service sends, so it exists by then.
    audience: { audienceOf: async (id) => (service ? service.audienceOf(id) : new Set()) },
    service: build,
  };
}
