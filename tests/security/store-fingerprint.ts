// A digest of everything in a store, to prove a refused request changed nothing, and a scan for
// operator or prototype keys that must never be stored.
import { createHash } from 'node:crypto';
import type { Store } from '../../server/store/index.ts';

/**
 * Derived records a timer rewrites on its own some time after a document changed (deal progress is
 * recomputed ~50 ms after a board edit); no request writes them directly, so they are left out.
 */
const TIMER_DRIVEN = new Set(['deal_progress']);

/** SHA-256 over the records of each collection, in a stable order, as "name:hash" lines. */
export async function storeDigest(store: Store): Promise<string> {
  const lines: string[] = [];
  for (const name of await store.listCollections()) {
    if (TIMER_DRIVEN.has(name)) continue;
    const records = (await store.collection(name).find({})).map((record) => JSON.stringify(record)).sort();
    lines.push(`${name}:${createHash('sha256').update(records.join('\n')).digest('hex').slice(0, 16)}`);
  }
  return lines.join('\n');
}

/** Waits until two digests in a row agree (background writes of an accepted request have landed). */
export async function settledDigest(store: Store): Promise<string> {
  let previous = await storeDigest(store);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const current = await storeDigest(store);
    if (current === previous && !(await mailOnItsWay(store))) return current;
    previous = current;
  }
}

/** E-mail an accepted request queued (a notification sent at once, say) is still being sent: the outbox will change. */
async function mailOnItsWay(store: Store): Promise<boolean> {
  const outbox = store.collection('mail_outbox');
  return (await outbox.count({ state: 'sending' })) + (await outbox.count({ state: 'queued', nextAttemptAt: { $lte: new Date() } })) > 0;
}

function badKeys(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => badKeys(item, `${path}[${index}]`));
  if (!value || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const here = key.startsWith('$') || key === '__proto__' || key === 'constructor' || key === 'prototype' ? [`${path}.${key}`] : [];
    return [...here, ...badKeys(item, `${path}.${key}`)];
  });
}

/** Paths of stored fields named like a query operator or a prototype key. */
export async function storedOperatorKeys(store: Store): Promise<string[]> {
  const found: string[] = [];
  for (const name of await store.listCollections()) {
    for (const record of await store.collection(name).find({})) found.push(...badKeys(record, name));
  }
  return found;
}
