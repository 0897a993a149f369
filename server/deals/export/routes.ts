// Export routes: the deal's dossier and board as Markdown or as a printable HTML page. The page
// is served under a Content-Security-Policy that allows no script at all.
import { ErrorCode } from '../../../shared/protocol.ts';
import { DealIdSchema, ExportQuerySchema } from '../../../shared/schemas/deals.ts';
import { requireAuth } from '../../auth/index.ts';
import { ApiRouter, parseInput } from '../../http/index.ts';
import type { DealExporter } from './deal-export.ts';
import { renderHtml } from './export-html.ts';
import { renderMarkdown } from './export-markdown.ts';

const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function exportRoutes(exporter: DealExporter): ApiRouter {
  const router = new ApiRouter({ tag: 'deals' });

  router.get('/:id/export.md', { summary: "Export the dossier and board as Markdown", auth: 'session', params: { id: DealIdSchema }, query: ExportQuerySchema, produces: 'text/markdown', errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { lang, comments } = parseInput(ExportQuerySchema, req.query);
    const data = await exporter.collect(user, parseInput(DealIdSchema, req.params.id), { lang, comments: comments === '1' });
    res.type('text/markdown; charset=utf-8').set('Content-Security-Policy', EXPORT_CSP).send(renderMarkdown(data));
  });

  router.get('/:id/export.html', { summary: "Export the dossier and board as a printable page", auth: 'session', params: { id: DealIdSchema }, query: ExportQuerySchema, produces: 'text/html', errors: [ErrorCode.Forbidden, ErrorCode.NdaRequired] }, async (req, res) => {
    const { user } = requireAuth(res);
    const { lang, comments } = parseInput(ExportQuerySchema, req.query);
    const data = await exporter.collect(user, parseInput(DealIdSchema, req.params.id), { lang, comments: comments === '1' });
    res.type('text/html; charset=utf-8').set('Content-Security-Policy', EXPORT_CSP).send(renderHtml(data));
  });

  return router;
}
