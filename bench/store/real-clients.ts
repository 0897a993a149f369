// The part of the fill that goes through a real server and real clients: the demo data set
// (`npm run demo`), the bench user signing up, and notes created over REST and typed into by
// stock y-websocket clients, so the generated bulk sits beside records the app wrote itself.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { SERVER_NODE_FLAGS } from '../../server/compile.ts';
import { ServerProcess } from '../collab/server-process.ts';
import { B4_TEXT } from './b4-document.ts';

// A fifth of the full demo: the full one takes minutes on a busy machine and its size is not the point here.
const DEMO_ARGS = ['--orgs', '60', '--listings', '120'];
const TYPED_NOTES = 2;
const EDITS_PER_NOTE = 300;

export interface BenchUser {
  id: string;
  token: string;
  /** The notes typed through real clients. */
  typedDocs: string[];
}

async function post<T>(baseUrl: string, path: string, body: object, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${path} → ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** Types `edits` words at the end of the note and waits until the server has sent them all back in a fresh sync. */
async function typeInto(baseUrl: string, docName: string, token: string, edits: number): Promise<void> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/collab`, docName, doc, {
    params: { token, saved: '1' },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  let savedNotices = 0;
  provider.messageHandlers[100] = () => {
    savedNotices += 1;
  };
  await new Promise<void>((resolve) => provider.on('sync', (synced: boolean) => synced && resolve()));
  const text = doc.getText(B4_TEXT);
  for (let index = 0; index < edits; index += 1) {
    text.insert(text.length, `edit ${index} `);
    // One edit per event-loop turn, so the server sees them as separate updates as typing would give.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const deadline = Date.now() + 30_000;
  while (savedNotices === 0 || provider.wsconnected === false) {
    if (Date.now() > deadline) throw new Error(`${docName}: no Saved notice`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  provider.destroy();
  doc.destroy();
}

/** Loads the demo, signs the bench user up and types a few notes; the server is stopped (and flushed) after. */
export async function fillThroughClients(repoRoot: string, dataDir: string, signal: AbortSignal): Promise<BenchUser> {
  execFileSync(process.execPath, ['--import', 'tsx', 'server/demo/run.ts', ...DEMO_ARGS], { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, stdio: 'ignore' });
  const server = await ServerProcess.start({ entry: 'server/index.ts', nodeFlags: SERVER_NODE_FLAGS, env: { DATA_DIR: dataDir, STATIC_DIR: '', LOG_LEVEL: 'warn', HOST: '127.0.0.1' } }, repoRoot, signal);
  try {
    const registered = await post<{ token: string; user: { id: string } }>(server.baseUrl, '/api/auth/register', { name: 'Bench User', email: `bench-${randomUUID()}@example.test`, password: 'bench-password-not-secret' });
    const typedDocs: string[] = [];
    for (let index = 0; index < TYPED_NOTES; index += 1) {
      const note = await post<{ docName: string }>(server.baseUrl, '/api/notes', { title: `Typed note ${index}` }, registered.token);
      await typeInto(server.baseUrl, note.docName, registered.token, EDITS_PER_NOTE);
      typedDocs.push(note.docName);
    }
    return { id: registered.user.id, token: registered.token, typedDocs };
  } finally {
    await server.stop();
  }
}
