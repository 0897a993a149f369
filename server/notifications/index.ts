// Notifications feature: the center other features notify through (NotificationPort), stored
// per recipient, pushed live to every tab, read / unread, per-type preferences, REST routes.
import type { DealMemberRepository } from '../deals/index.ts';
import type { MatchRepository } from '../matches/index.ts';
import type { MembershipRepository } from '../orgs/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import type { Store } from '../store/index.ts';
import { NotificationCenter } from './notification-center.ts';
import { NotificationRepository } from './notification-repository.ts';
import { PreferenceRepository } from './preference-repository.ts';
import { StoreSubjectAudience } from './subject-audience.ts';

export { NotificationCenter } from './notification-center.ts';
export type { NotificationPort, NotificationRequest } from './notification-port.ts';
export { NOTIFICATION_INDEXES, NotificationRepository, type NotificationRecord } from './notification-repository.ts';
export { notificationRoutes } from './routes.ts';

/** The center over one store, checking recipients against deal and organisation membership. */
export function createNotificationCenter(deps: {
  store: Store;
  io: AppSocketServer;
  dealMembers: Pick<DealMemberRepository, 'membersOf'>;
  matches: Pick<MatchRepository, 'find'>;
  orgMembers: Pick<MembershipRepository, 'membersOfAny'>;
  invitees?: { audienceOf(invitationId: string): Promise<Set<string>> };
}): NotificationCenter {
  return new NotificationCenter({
    notifications: new NotificationRepository(deps.store),
    preferences: new PreferenceRepository(deps.store),
    audience: new StoreSubjectAudience(deps),
    io: deps.io,
  });
}
