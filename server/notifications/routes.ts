// Notification routes, always about the caller's own notifications: list (paged, filtered),
// unread count, mark some or all read, and per-type preferences.
import { Router } from 'express';
import { markReadSchema, notificationQuerySchema, preferencesSchema } from '../../shared/schemas/notifications.ts';
import { requireAuth } from '../auth/index.ts';
import { parseInput } from '../http/index.ts';
import type { NotificationCenter } from './notification-center.ts';

export function notificationRoutes(center: NotificationCenter): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await center.list(user, parseInput(notificationQuerySchema, req.query)));
  });

  router.get('/unread-count', async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ unread: await center.unreadCount(user) });
  });

  router.post('/read', async (req, res) => {
    const { user } = requireAuth(res);
    const { ids } = parseInput(markReadSchema, req.body);
    res.json({ unread: await center.markRead(user, ids) });
  });

  router.post('/read-all', async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ unread: await center.markAllRead(user) });
  });

  router.get('/preferences', async (_req, res) => {
    const { user } = requireAuth(res);
    res.json(await center.preferences(user));
  });

  router.put('/preferences', async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await center.updatePreferences(user, parseInput(preferencesSchema, req.body)));
  });

  return router;
}
