// Export routes: the deal's dossier and board as Markdown or as a printable HTML page. The page
// is served under a Content-Security-Policy that allows no script at all.
import { Router } from 'express';
import { DealIdSchema, ExportQuerySchema } from '../../../shared/schemas/deals.ts';
import { requireAuth } from '../../auth/index.ts';
import { parseInput } from '../../http/index.ts';
import type { DealExporter } from './deal-export.ts';
import { renderHtml } from './export-html.ts';
import { renderMarkdown } from './export-markdown.ts';

const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function exportRoutes(exporter: DealExporter): Router {
  const router = Router();

  router.get('/:id/export.md', async (req, res) => {
    const { user } = requireAuth(res);
    const { lang, comments } = parseInput(ExportQuerySchema, req.query);
    const data = await exporter.collect(user, parseInput(DealIdSchema, req.params.id), { lang, comments: comments === '1' });
    res.type('text/markdown; charset=utf-8').set('Content-Security-Policy', EXPORT_CSP).send(renderMarkdown(data));
  });

  router.get('/:id/export.html', async (req, res) => {
    const { user } = requireAuth(res);
    const { lang, comments } = parseInput(ExportQuerySchema, req.query);
    const data = await exporter.collect(user, parseInput(DealIdSchema, req.params.id), { lang, comments: comments === '1' });
    res.type('text/html; charset=utf-8').set('Content-Security-Policy', EXPORT_CSP).send(renderHtml(data));
  });

  return router;
}
