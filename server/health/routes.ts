// GET /healthz: liveness plus the store in use and what the collaboration engine holds.
import { Router } from 'express';
import type { StoreKind } from '../store/index.ts';

export interface HealthSource {
  storeKind: StoreKind;
  pingStore: () => Promise<void>;
  openDocs: () => number;
  collabConnections: () => number;
}

export function healthRoutes(source: HealthSource): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    let storeOk = true;
    try {
      await source.pingStore();
    } catch {
      // Reported as "degraded" below; health must answer even when the store does not.
      storeOk = false;
    }
    res.status(storeOk ? 200 : 503).json({
      status: storeOk ? 'ok' : 'degraded',
      store: source.storeKind,
      uptimeSeconds: Math.round(process.uptime()),
      openDocs: source.openDocs(),
      collabConnections: source.collabConnections(),
    });
  });
  return router;
}
