// Notification routes, always about the caller's own notifications: list (paged, filtered),
// unread count, mark some or all read, and per-type preferences.
import { markReadSchema, NotificationPageSchema, notificationQuerySchema, preferencesSchema, UnreadCountSchema } from '../../shared/schemas/notifications.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { NotificationCenter } from './notification-center.ts';

export function notificationRoutes(center: NotificationCenter): ApiRouter {
  const router = new ApiRouter({ tag: 'notifications' });

  router.get('/', { summary: "My notifications, paged and filtered", auth: 'session', query: notificationQuerySchema, response: NotificationPageSchema }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await center.list(user, parseInput(notificationQuerySchema, req.query)));
  });

  router.get('/unread-count', { summary: "How many of my notifications are unread", auth: 'session', response: UnreadCountSchema }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ unread: await center.unreadCount(user) });
  });

  router.post('/read', { summary: "Mark some notifications read", auth: 'session', body: markReadSchema, response: UnreadCountSchema }, async (req, res) => {
    const { user } = requireAuth(res);
    const { ids } = parseInput(markReadSchema, req.body);
    res.json({ unread: await center.markRead(user, ids) });
  });

  router.post('/read-all', { summary: "Mark all my notifications read", auth: 'session', response: UnreadCountSchema }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ unread: await center.markAllRead(user) });
  });

  router.get('/preferences', { summary: "My notification preferences", auth: 'session' }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json(await center.preferences(user));
  });

  router.put('/preferences', { summary: "Change my notification preferences", auth: 'session', body: preferencesSchema }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await center.updatePreferences(user, parseInput(preferencesSchema, req.body)));
  });

  return router;
}
