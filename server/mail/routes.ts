// Mail routes: the one-click unsubscribe (RFC 8058: mail clients POST to the List-Unsubscribe URL,
// with no session), and the instance admins' list of messages that keep failing.
import { Router } from 'express';
import { UnsubscribeQuerySchema } from '../../shared/schemas/mail.ts';
import { requireAuth } from '../auth/index.ts';
import { parseInput } from '../http/index.ts';
import type { MailService } from './mail-service.ts';

export function mailRoutes(service: MailService): Router {
  const router = Router();

  router.post('/unsubscribe', async (req, res) => {
    const { token } = parseInput(UnsubscribeQuerySchema, req.query);
    res.json(await service.unsubscribe(token));
  });

  router.get('/failing', async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ messages: await service.failing(user) });
  });

  return router;
}
