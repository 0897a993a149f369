// Notifications feature: the center other features notify through (NotificationPort), stored
// per recipient, pushed live to every tab, read / unread, per-type preferences, REST routes.
import type { Clock } from '../clock.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import { NotificationCenter } from './notification-center.ts';
import type { NotificationObserver } from './notification-port.ts';
import type { NotificationRepository } from './notification-repository.ts';
import type { PreferenceRepository } from './preference-repository.ts';
import { StoreSubjectAudience, type AudienceSources } from './subject-audience.ts';

export { NotificationCenter } from './notification-center.ts';
export type { NotificationObserver, NotificationPort, NotificationRequest } from './notification-port.ts';
export { notifyQuietly } from './notify-quietly.ts';
export { NOTIFICATION_INDEXES, NotificationRepository, type NotificationRecord } from './notification-repository.ts';
export { PreferenceRepository } from './preference-repository.ts';
export { notificationRoutes } from './routes.ts';

/** The center over its repositories, checking recipients against deal and organisation membership. */
export function createNotificationCenter(deps: AudienceSources & {
  notifications: NotificationRepository;
  preferences: PreferenceRepository;
  io: AppSocketServer;
  clock?: Clock;
  observer?: NotificationObserver;
}): NotificationCenter {
  return new NotificationCenter({
    notifications: deps.notifications,
    preferences: deps.preferences,
    audience: new StoreSubjectAudience(deps),
    io: deps.io,
    clock: deps.clock,
    observer: deps.observer,
  });
}
