// The API's own documentation: the OpenAPI document and a reference page rendered by a Redoc
// bundle served from our host (no CDN, so it works offline and under our Content-Security-Policy).
import { createRequire } from 'node:module';
import { ApiRouter, type DocumentedRoute } from '../http/index.ts';
import { openApiDocument } from './openapi-document.ts';
// A JSON import, not a path read at run time, so the compiled server (one bundle) carries it too.
import packageJson from '../../package.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const REDOC_BUNDLE = require.resolve('redoc/bundles/redoc.standalone.js');
const { version } = packageJson;

// Relative URLs: the page is /api/docs, so they resolve under whatever prefix a proxy adds.
// Search stays off: Redoc runs it in a blob: worker, which our CSP refuses.
const REFERENCE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Superconnector API reference</title>
</head>
<body>
<redoc spec-url="openapi.json" disable-search></redoc>
<script src="docs/redoc.standalone.js"></script>
</body>
</html>
`;

/**
 * GET /api/openapi.json, /api/docs and the Redoc bundle. `documentedRoutes` is read on the first
 * request, once every router is mounted.
 */
export function apiDocsRoutes(documentedRoutes: () => readonly DocumentedRoute[]): ApiRouter {
  const router = new ApiRouter();
  let document: string | undefined;

  router.get('/openapi.json', { summary: 'This OpenAPI 3.1 document', auth: 'none' }, (_req, res) => {
    document ??= JSON.stringify(openApiDocument(documentedRoutes(), { title: 'Superconnector API', version }));
    res.type('application/json').send(document);
  });

  router.get('/docs', { summary: 'The API reference page', auth: 'none', produces: 'text/html' }, (_req, res) => {
    res.type('text/html').send(REFERENCE_PAGE);
  });

  router.get('/docs/redoc.standalone.js', { summary: 'The Redoc bundle the reference page runs', auth: 'none', produces: 'text/javascript' }, (_req, res) => {
    res.sendFile(REDOC_BUNDLE, { maxAge: '1d' });
  });

  return router;
}
