// Reads every document back from a restarted server and compares it with what clients converged to.
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { BENCH_TEXT_NAME, openClient, type ClientOptions } from './client-connection.ts';
import { textDigest } from './text-digest.ts';

const SYNC_TIMEOUT_MS = 20_000;
const RAMP_BATCH = 10;

export interface ReadBackSummary {
  matching: number;
  unreadable: number;
}

async function readDigest(options: ClientOptions, docName: string): Promise<string | null> {
  const doc = new Y.Doc();
  const client = openClient(options, docName, doc, { onDisconnect: () => {}, onSaved: () => {} });
  try {
    const timeout = sleep(SYNC_TIMEOUT_MS, 'timeout' as const, { ref: false });
    const outcome = await Promise.race([client.synced.then(() => 'synced' as const), timeout]);
    return outcome === 'synced' ? textDigest(doc.getText(BENCH_TEXT_NAME)) : null;
  } finally {
    client.destroy();
  }
}

/** One reader per document, opened RAMP_BATCH at a time at `rampPerSecond`. */
export async function readBackDocuments(
  options: ClientOptions,
  docNames: string[],
  expectedDigests: (string | null)[],
  rampPerSecond: number,
): Promise<ReadBackSummary> {
  // y-websocket adds one process 'exit' listener per provider; one provider per document is expected.
  process.setMaxListeners(Math.max(process.getMaxListeners(), docNames.length + 10));
  const reads: Promise<string | null>[] = [];
  for (const [index, docName] of docNames.entries()) {
    reads.push(readDigest(options, docName));
    if ((index + 1) % RAMP_BATCH === 0) await sleep((1000 * RAMP_BATCH) / rampPerSecond);
  }
  const digests = await Promise.all(reads);
  return {
    matching: digests.filter((digest, index) => digest !== null && digest === expectedDigests[index]).length,
    unreadable: digests.filter((digest) => digest === null).length,
  };
}
