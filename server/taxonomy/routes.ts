// Taxonomy route: the shared trilingual taxonomy, the same for every caller, cacheable.
import { Router } from 'express';
import { TAXONOMY } from '../../shared/taxonomy/index.ts';

export function taxonomyRoutes(): Router {
  const router = Router();
  const body = JSON.stringify(TAXONOMY);
  router.get('/', (_req, res) => {
    res.set('cache-control', 'public, max-age=3600').type('application/json').send(body);
  });
  return router;
}
