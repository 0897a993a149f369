// Serves the built Svelte client, falling back to index.html for client-side routes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

export function staticClient(staticDir: string | undefined): Router {
  const router = Router();
  if (!staticDir || !existsSync(path.join(staticDir, 'index.html'))) return router;
  const root = path.resolve(staticDir);
  router.use(express.static(root, { index: 'index.html', maxAge: '1h' }));
  router.get(/^\/(?!api\/|collab\/|socket\.io\/|healthz).*/, (_req, res) => {
    res.sendFile(path.join(root, 'index.html'));
  });
  return router;
}
