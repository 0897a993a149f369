// GET /healthz: liveness plus the store in use and what the collaboration engine holds.
import { ApiRouter } from '../http/index.ts';
import type { StoreKind } from '../store/index.ts';
import { TIMED_OUT, within } from '../time-limit.ts';

export interface HealthSource {
  storeKind: StoreKind;
  pingStore: () => Promise<void>;
  openDocs: () => number;
  collabConnections: () => number;
  /** How long the store ping may take before the store counts as not answering (default 1 s). */
  pingTimeoutMs?: number;
}

const DEFAULT_PING_TIMEOUT_MS = 1_000;

/** The ping, bounded: a store that hangs must make health say "degraded", not make it hang too. */
async function pingWithin(ping: () => Promise<void>, timeoutMs: number): Promise<void> {
  if ((await within(ping(), timeoutMs)) === TIMED_OUT) throw new Error(`store ping took over ${timeoutMs} ms`);
}

export function healthRoutes(source: HealthSource): ApiRouter {
  const router = new ApiRouter({ tag: 'health' });
  router.get('/healthz', { summary: "Health: the store, open documents, collaboration connections (503 when degraded)", auth: 'none', statuses: [200, 503] }, async (_req, res) => {
    let storeOk = true;
    try {
      await pingWithin(source.pingStore, source.pingTimeoutMs ?? DEFAULT_PING_TIMEOUT_MS);
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
