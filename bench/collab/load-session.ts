// One load run inside the generator process: connect with a ramp, edit, settle, measure.
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { BENCH_TEXT_NAME, openClient, type BenchClient } from './client-connection.ts';
import { DocumentDeliveryTracker, editMarker } from './delivery-tracker.ts';
import { ClientSaveTracker, readSavedStateVector } from './save-tracker.ts';
import { summarizeLatency } from './latency-stats.ts';
import { textDigest } from './text-digest.ts';
import type { Endpoint, LoadConfig, LoadResult } from './types.ts';

const SYNC_TIMEOUT_MS = 30_000;
const RAMP_BATCH = 10;
const SETTLE_POLL_MS = 100;
const MAX_CLIENT_ERRORS = 20;

interface SessionClient {
  index: number;
  doc: Y.Doc;
  bench: BenchClient;
  text: Y.Text;
  saves: ClientSaveTracker;
  synced: boolean;
  sequence: number;
}

interface SessionDocument {
  name: string;
  tracker: DocumentDeliveryTracker;
  clients: SessionClient[];
}

/** Drives the configured load and returns what it measured. */
export class LoadSession {
  private readonly documents: SessionDocument[];
  private readonly latencies: number[] = [];
  private readonly saveLatencies: number[] = [];
  private readonly clientErrors: string[] = [];
  private disconnects = 0;
  private connectFailures = 0;
  private loadStartedAt = 0;

  constructor(private readonly config: LoadConfig) {
    this.documents = config.docNames.map((name) => ({
      name,
      tracker: new DocumentDeliveryTracker(this.latencies),
      clients: [],
    }));
  }

  /** Opens every client, RAMP_BATCH at a time at `rampPerSecond`, and waits for their first sync. */
  async connect(): Promise<number> {
    const startedAt = performance.now();
    const batchIntervalMs = (1000 * RAMP_BATCH) / this.config.rampPerSecond;
    const syncs: Promise<void>[] = [];
    let opened = 0;
    for (const document of this.documents) {
      for (let index = 0; index < this.config.clientsPerDocument; index += 1) {
        syncs.push(this.openSessionClient(document, index));
        opened += 1;
        if (opened % RAMP_BATCH === 0) await sleep(batchIntervalMs);
      }
    }
    await Promise.all(syncs);
    return (performance.now() - startedAt) / 1000;
  }

  /** Every synced client edits at `editsPerSecond` for `durationSeconds`. */
  async runEdits(): Promise<void> {
    const periodMs = 1000 / this.config.editsPerSecond;
    const timers: NodeJS.Timeout[] = [];
    this.loadStartedAt = performance.now();
    for (const document of this.documents) {
      for (const client of document.clients) {
        if (!client.synced) continue;
        // A random phase so that clients do not all edit in the same tick.
        const phase = setTimeout(() => {
          this.edit(document, client);
          timers.push(setInterval(() => this.edit(document, client), periodMs));
        }, Math.random() * periodMs);
        timers.push(phase);
      }
    }
    await sleep(this.config.durationSeconds * 1000);
    for (const timer of timers) clearTimeout(timer);
  }

  /** Waits until every edit reached every peer (and was saved, if tracked), or the settle time ends. */
  async settle(): Promise<void> {
    const deadline = performance.now() + this.config.settleSeconds * 1000;
    while (performance.now() < deadline && !this.isQuiescent()) await sleep(SETTLE_POLL_MS);
  }

  result(connectSeconds: number, generator: LoadResult['generator']): LoadResult {
    const deliveries = this.sum((document) => document.tracker.deliveries);
    const lastDeliveryAt = Math.max(...this.documents.map((document) => document.tracker.lastDeliveryAt));
    const windowSeconds = Math.max(lastDeliveryAt - this.loadStartedAt, 1) / 1000;
    const result: LoadResult = {
      connectSeconds,
      connectFailures: this.connectFailures,
      disconnects: this.disconnects,
      editsSent: this.sum((document) => document.tracker.editsSent),
      deliveries,
      expectedDeliveries: this.sum((document) => document.tracker.editsSent * this.peersOf(document)),
      deliveredPerSecond: deliveries / windowSeconds,
      editsLost: this.sum((document) => document.tracker.countLost(this.peersOf(document))),
      latency: summarizeLatency(this.latencies),
      documentsConverged: this.documents.filter((document) => this.hasConverged(document)).length,
      documentsTotal: this.documents.length,
      convergedDigests: this.documents.map((document) => this.convergedDigest(document)),
      clientErrors: [...this.clientErrors],
      generator,
    };
    if (this.config.trackSaves) {
      result.saveLatency = summarizeLatency(this.saveLatencies);
      result.editsNeverSaved = this.countUnsaved();
    }
    return result;
  }

  close(): void {
    for (const document of this.documents) for (const client of document.clients) client.bench.destroy();
  }

  private async openSessionClient(document: SessionDocument, index: number): Promise<void> {
    const doc = new Y.Doc();
    const saves = new ClientSaveTracker(doc, this.saveLatencies);
    let synced = false;
    const bench = openClient({ ...this.config, ...this.endpointFor(index) }, document.name, doc, {
      onDisconnect: (detail) => {
        this.noteError(`${document.name} client ${index}: ${detail}${synced ? '' : ' (before sync)'}`);
        if (synced) this.disconnects += 1;
      },
      onSaved: (decoder) => saves.recordSaved(readSavedStateVector(decoder)),
    });
    const client: SessionClient = { index, doc, bench, text: doc.getText(BENCH_TEXT_NAME), saves, synced, sequence: 0 };
    document.clients.push(client);
    document.tracker.watch(doc);
    const timeout = sleep(SYNC_TIMEOUT_MS, 'timeout' as const, { ref: false });
    const outcome = await Promise.race([client.bench.synced.then(() => 'synced' as const), timeout]);
    if (outcome === 'synced') {
      synced = true;
      client.synced = true;
      return;
    }
    this.connectFailures += 1;
    this.noteError(`${document.name} client ${index}: no sync within ${SYNC_TIMEOUT_MS} ms`);
  }

  /** Client `index` of a document goes to endpoint `index mod n`, so its peers sit on the other instances. */
  private endpointFor(index: number): Endpoint | undefined {
    const { endpoints } = this.config;
    return endpoints && endpoints.length > 0 ? endpoints[index % endpoints.length] : undefined;
  }

  private edit(document: SessionDocument, client: SessionClient): void {
    const marker = editMarker(client.index, client.sequence);
    client.sequence += 1;
    const sentAt = performance.now();
    document.tracker.recordSent(marker, sentAt);
    client.doc.transact(() => client.text.insert(client.text.length, marker));
    if (this.config.trackSaves) client.saves.recordEdit(sentAt);
  }

  private isQuiescent(): boolean {
    const delivered = this.documents.every(
      (document) => document.tracker.countLost(this.peersOf(document)) === 0,
    );
    return delivered && (!this.config.trackSaves || this.countUnsaved() === 0);
  }

  /** SHA-256 of the document's text when its clients converged, else null. */
  private convergedDigest(document: SessionDocument): string | null {
    const first = document.clients.find((client) => client.synced);
    if (!first || !this.hasConverged(document)) return null;
    return textDigest(first.text);
  }

  private hasConverged(document: SessionDocument): boolean {
    const synced = document.clients.filter((client) => client.synced);
    if (synced.length === 0) return false;
    const [first, ...others] = synced;
    const firstVector = Buffer.from(Y.encodeStateVector(first.doc)).toString('base64');
    const firstText = first.text.toString();
    return others.every(
      (client) =>
        Buffer.from(Y.encodeStateVector(client.doc)).toString('base64') === firstVector &&
        client.text.toString() === firstText,
    );
  }

  private peersOf(document: SessionDocument): number {
    return Math.max(0, document.clients.filter((client) => client.synced).length - 1);
  }

  private countUnsaved(): number {
    return this.sum((document) => document.clients.reduce((total, client) => total + client.saves.unsaved, 0));
  }

  private sum(figure: (document: SessionDocument) => number): number {
    return this.documents.reduce((total, document) => total + figure(document), 0);
  }

  private noteError(message: string): void {
    if (this.clientErrors.length < MAX_CLIENT_ERRORS) this.clientErrors.push(message);
  }
}
