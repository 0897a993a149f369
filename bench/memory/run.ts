// npm run bench:memory — each server's memory at start (empty store, after /healthz) and per open
// document (D documents × 2 synced clients, idle), every target compiled and run alike; then
// what each module costs when imported alone in a fresh process (bench/memory/attribution.ts).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { openClient, type BenchClient } from '../collab/client-connection.ts';
import { ServerProcess, type MemoryReading } from '../collab/server-process.ts';
import { createTargets, type BenchTarget } from '../collab/targets.ts';
import { attributeModules } from './attribution.ts';
import { measureFirstMatch } from './first-match.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MB = 1024 * 1024;
const CLIENTS_PER_DOCUMENT = 2;
const OPEN_BATCH = 50;

interface TargetMemory {
  target: string;
  /** After /healthz, empty store. */
  start: MemoryReading;
  /** After the target's setup (our user and notes are stored, no document open). */
  prepared: MemoryReading;
  /** Every document open with its clients synced. */
  open: MemoryReading;
  documents: number;
}

const mb = (bytes: number) => (bytes / MB).toFixed(1);
const perDocKb = (before: number, after: number, documents: number) => ((after - before) / 1024 / documents).toFixed(1);

/** Opens every document with its clients in batches and resolves once all of them synced. */
async function openDocuments(target: BenchTarget, serverUrl: string, docNames: string[], token?: string): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  let closedBeforeSync = 0;
  const events = { onSaved: () => undefined, onDisconnect: () => (closedBeforeSync += 1) };
  for (let index = 0; index < docNames.length; index += OPEN_BATCH) {
    const batch = docNames.slice(index, index + OPEN_BATCH).flatMap((docName) =>
      Array.from({ length: CLIENTS_PER_DOCUMENT }, () => openClient({ clientKind: target.clientKind, serverUrl, token, trackSaves: false }, docName, new Y.Doc(), events)),
    );
    await Promise.all(batch.map((client) => client.synced));
    clients.push(...batch);
  }
  // Providers reconnect by themselves, so a close is only worth a line (the destroys after measuring close them all).
  if (closedBeforeSync > 0) console.log(`[bench] ${target.name}: ${closedBeforeSync} connections closed and reconnected while opening`);
  return clients;
}

async function measureTarget(target: BenchTarget, documents: number, signal: AbortSignal): Promise<TargetMemory> {
  const server = await ServerProcess.start({ ...target.launch(), probed: true }, repoRoot, signal);
  try {
    const start = await server.memory();
    const prepared = await target.prepare(server.port, documents);
    const before = await server.memory();
    const clients = await openDocuments(target, prepared.serverUrl, prepared.docNames, prepared.token);
    const open = await server.memory();
    for (const client of clients) client.destroy();
    return { target: target.name, start, prepared: before, open, documents };
  } finally {
    await server.stop();
    target.cleanUp();
  }
}

function printTable(results: TargetMemory[]): void {
  console.log('\n| target | start RSS MB | start heap MB | RSS per open doc KB | heap per open doc KB |');
  console.log('|---|---|---|---|---|');
  for (const { target, start, prepared, open, documents } of results) {
    console.log(`| ${target} | ${mb(start.rss)} | ${mb(start.heapUsed)} | ${perDocKb(prepared.rss, open.rss, documents)} | ${perDocKb(prepared.heapUsed, open.heapUsed, documents)} |`);
  }
  const [ours, ...peers] = results;
  for (const peer of peers) console.log(`ours / ${peer.target}: start RSS ×${(ours.start.rss / peer.start.rss).toFixed(2)}`);
}

/** Ours on a fresh store: the first listing builds the matching engine. */
async function printFirstMatch(target: BenchTarget, signal: AbortSignal): Promise<void> {
  const server = await ServerProcess.start({ ...target.launch(), probed: true }, repoRoot, signal);
  try {
    const cost = await measureFirstMatch(server);
    console.log(`\nfirst listing (builds the engine) ${cost.firstListingMs.toFixed(0)} ms, second ${cost.secondListingMs.toFixed(0)} ms, first match request ${cost.firstMatchesMs.toFixed(0)} ms; then RSS ${mb(cost.after.rss)} MB, heap ${mb(cost.after.heapUsed)} MB`);
  } finally {
    await server.stop();
    target.cleanUp();
  }
}

const { values } = parseArgs({ options: { docs: { type: 'string', default: '200' }, 'no-attribution': { type: 'boolean', default: false } } });
const documents = Number(values.docs);
const abort = new AbortController();
process.once('SIGINT', () => abort.abort());
// One y-websocket provider adds a process 'exit' listener; hundreds are expected here.
process.setMaxListeners(documents * CLIENTS_PER_DOCUMENT + 10);
const results: TargetMemory[] = [];
for (const target of createTargets(false)) {
  console.log(`[bench] ${target.name}: start, then ${documents} documents × ${CLIENTS_PER_DOCUMENT} clients`);
  results.push(await measureTarget(target, documents, abort.signal));
}
printTable(results);
await printFirstMatch(createTargets(false)[0], abort.signal);
if (!values['no-attribution']) await attributeModules(repoRoot);
