// One start of a server on a filled DATA_DIR: start → /healthz, RSS at that moment, and cold
// opens of stored documents by a stock y-websocket client (connect → first sync complete).
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { SERVER_NODE_FLAGS } from '../../server/compile.ts';
import { readCpuMs, readRssKb } from '../collab/process-sampler.ts';
import { ServerProcess } from '../collab/server-process.ts';
import { B4_TEXT } from './b4-document.ts';

export interface OpenTiming {
  doc: string;
  ms: number;
  /** Server CPU (user + system, 10 ms ticks) from connect to first sync: less swayed by a busy machine than wall time. */
  serverCpuMs: number;
  characters: number;
}

export interface StartFigures {
  startMs: number;
  startRssMb: number;
  opens: OpenTiming[];
  rssAfterOpensMb: number;
}

const textCharacters = (doc: Y.Doc) => doc.getText(B4_TEXT).length;

/**
 * Opens `docName` on a fresh Y.Doc and resolves once the first sync completed, with the time it
 * took and the characters `characters` reads from the synced doc (default: the Y.Text `content`).
 */
export async function coldOpen(baseUrl: string, serverPid: number, docName: string, token: string, characters = textCharacters): Promise<OpenTiming> {
  const doc = new Y.Doc();
  const cpuBefore = readCpuMs(serverPid);
  const startedAt = performance.now();
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/collab`, docName, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      provider.on('sync', (synced: boolean) => synced && resolve());
      provider.on('connection-close', (event) => reject(new Error(`${docName}: closed ${event?.code ?? ''} ${event?.reason ?? ''}`)));
    });
    const ms = performance.now() - startedAt;
    return { doc: docName, ms, serverCpuMs: readCpuMs(serverPid) - cpuBefore, characters: characters(doc) };
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

export interface StartPlan {
  /** Repository root whose server/index.ts runs (ours, or a checkout of the NeDB release). */
  repoRoot: string;
  dataDir: string;
  token: string;
  docs: string[];
  signal: AbortSignal;
}

/** Starts the server, measures, opens each document once (each is cold: nothing loaded it yet), stops it. */
export async function measureStart(plan: StartPlan): Promise<StartFigures> {
  const env = { DATA_DIR: plan.dataDir, STATIC_DIR: '', LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
  const startedAt = performance.now();
  const server = await ServerProcess.start({ entry: 'server/index.ts', nodeFlags: SERVER_NODE_FLAGS, env }, plan.repoRoot, plan.signal);
  const startMs = performance.now() - startedAt;
  try {
    const startRssMb = readRssKb(server.pid) / 1024;
    const opens: OpenTiming[] = [];
    for (const doc of plan.docs) opens.push(await coldOpen(server.baseUrl, server.pid, doc, plan.token));
    return { startMs, startRssMb, opens, rssAfterOpensMb: readRssKb(server.pid) / 1024 };
  } finally {
    await server.stop();
  }
}
