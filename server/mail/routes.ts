// Mail routes: the one-click unsubscribe (RFC 8058: mail clients POST to the List-Unsubscribe URL,
// with no session; a GET only reads what the link is for), and the instance admins' list of messages that keep failing.
import { UnsubscribeQuerySchema } from '../../shared/schemas/mail.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { MailService } from './mail-service.ts';

export function mailRoutes(service: MailService): ApiRouter {
  const router = new ApiRouter();

  // Read by the unsubscribe page (and any link scanner) without acting: only the POST switches off.
  router.get('/unsubscribe', { summary: "What an unsubscribe link would switch off (changes nothing)", auth: 'none', query: UnsubscribeQuerySchema }, (req, res) => {
    const { token } = parseInput(UnsubscribeQuerySchema, req.query);
    res.json(service.unsubscribeClaim(token));
  });

  router.post('/unsubscribe', { summary: "One-click unsubscribe from a kind of e-mail (RFC 8058; the signed token is the credential)", auth: 'none', query: UnsubscribeQuerySchema }, async (req, res) => {
    const { token } = parseInput(UnsubscribeQuerySchema, req.query);
    res.json(await service.unsubscribe(token));
  });

  router.get('/failing', { summary: "Messages that keep failing to send", auth: 'admin' }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json({ messages: await service.failing(user) });
  });

  return router;
}
