// Comparing Yjs state vectors (client id → number of operations).
import type { StateVector } from '../collab/save-status.ts';

/** True when `stored` covers every operation in `wanted`, whoever made it. */
export function covers(stored: StateVector, wanted: StateVector): boolean {
  for (const [client, clock] of wanted) if ((stored.get(client) ?? 0) < clock) return false;
  return true;
}
