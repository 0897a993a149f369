// Taxonomy route: the shared trilingual taxonomy, the same for every caller, cacheable.
import { ApiRouter } from '../http/index.ts';
import { TAXONOMY } from '../../shared/taxonomy/index.ts';

export function taxonomyRoutes(): ApiRouter {
  const router = new ApiRouter({ tag: 'taxonomy' });
  const body = JSON.stringify(TAXONOMY);
  router.get('/', { summary: "The trilingual taxonomy: sectors, regions, categories, scales", auth: 'none' }, (_req, res) => {
    res.set('cache-control', 'public, max-age=3600').type('application/json').send(body);
  });
  return router;
}
