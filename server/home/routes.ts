// Home routes: `GET /` what the caller's home shows, `POST /progress` a first-run step the server
// cannot see from the data. Reasons and titles come in `?lang=`, else the Accept-Language.
import { HomeProgressBodySchema, HomeQuerySchema } from '../../shared/schemas/home.ts';
import { requireAuth } from '../auth/index.ts';
import { ApiRouter, parseInput } from '../http/index.ts';
import { pickLang } from '../matches/index.ts';
import type { HomeService } from './home-service.ts';

export function homeRoutes(service: HomeService): ApiRouter {
  const router = new ApiRouter({ tag: 'home' });

  router.get('/', { summary: "What my home page shows: first-run steps, what needs me, my pipeline", auth: 'session', query: HomeQuerySchema }, async (req, res) => {
    const { user } = requireAuth(res);
    const { lang } = parseInput(HomeQuerySchema, req.query);
    res.json(await service.view(user, pickLang(lang, req.get('accept-language'))));
  });

  router.post('/progress', { summary: "Record a first-run step the server cannot see from the data", auth: 'session', body: HomeProgressBodySchema, statuses: [204] }, async (req, res) => {
    const { user } = requireAuth(res);
    parseInput(HomeProgressBodySchema, req.body ?? {});
    await service.markMatchesSeen(user);
    res.status(204).end();
  });

  return router;
}
