// Helpers for notification tests: a user's notifications over REST, and the center of a running
// server built over the same store and Socket.IO server (to notify directly, as other features do).
import { createNotificationCenter, type NotificationCenter } from '../../server/notifications/index.ts';
import type { NotificationPage, NotificationType, NotificationView } from '../../shared/schemas/notifications.ts';
import type { TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { createRepositories } from '../../server/wiring/repositories.ts';

export async function notificationsOf(server: TestServer, user: TestUser, query = ''): Promise<NotificationPage> {
  const response = await call<NotificationPage>(server.url, user, 'GET', `/api/notifications${query}`);
  if (response.status !== 200) throw new Error(`list failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The user's notifications of one type, newest first. */
export async function ofType(server: TestServer, user: TestUser, type: NotificationType): Promise<NotificationView[]> {
  return (await notificationsOf(server, user, `?type=${type}&pageSize=100`)).notifications;
}

/** Waits until the user has `count` notifications of the type and returns them. */
export async function awaitType(server: TestServer, user: TestUser, type: NotificationType, count = 1): Promise<NotificationView[]> {
  let found: NotificationView[] = [];
  await waitFor(async () => (found = await ofType(server, user, type)).length >= count, `${count} × ${type} for ${user.user.name}`);
  return found;
}

/** A center over the running server's store and sockets: the same one the app notifies through. */
export function centerOf(server: TestServer): NotificationCenter {
  const repos = createRepositories(server.store);
  return createNotificationCenter({
    notifications: repos.notifications,
    preferences: repos.preferences,
    io: server.app.io,
    dealMembers: repos.dealMembers,
    matches: repos.matches,
    orgMembers: repos.memberships,
  });
}
