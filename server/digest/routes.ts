// The caller's own e-mail choices: per notification type, the digest schedule and language.
import { EmailPreferencesBodySchema } from '../../shared/schemas/email-delivery.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import type { EmailPreferenceService } from './email-preferences.ts';

export function emailPreferenceRoutes(service: EmailPreferenceService): ApiRouter {
  const router = new ApiRouter();

  router.get('/', { summary: 'My e-mail choices per notification type, digest schedule, its time zone and language', auth: 'session' }, async (_req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.get(user));
  });

  router.put('/', { summary: 'Change my e-mail choices (types not named keep theirs)', auth: 'session', body: EmailPreferencesBodySchema }, async (req, res) => {
    const { user } = requireAuth(res);
    res.json(await service.update(user, parseInput(EmailPreferencesBodySchema, req.body)));
  });

  return router;
}
