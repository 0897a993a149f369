// One run of one variant: three server starts on fresh copies of the prepared DATA_DIR, so every
// "cold" figure is the note's first open since its server started. Start 1: a stock y-websocket
// client's first sync. Start 2: Chromium opens the note by hash change, cold then warm. Start 3:
// the same by full page load.
import { rm } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { ServerProcess } from '../collab/server-process.ts';
import { coldOpen } from '../store/server-runs.ts';
import { noteCharacters } from '../store/paragraph-document.ts';
import { openByHash, openByLoad, signedInContext, type ColdWarm } from './browser-open.ts';
import { copyTemplate, type PreparedNotes, type Variant } from './prepare.ts';

export interface RunPlan {
  repoRoot: string;
  prepared: PreparedNotes;
  workDir: string;
  /** The built client the servers serve. */
  clientDir: string;
  browser: Browser;
  signal: AbortSignal;
}

export interface ServerOpen {
  ms: number;
  serverCpuMs: number;
  characters: number;
}

export interface VariantRun {
  server: ServerOpen;
  hash: ColdWarm;
  load: ColdWarm;
}

/** How every bench:open server starts: on `dataDir`, serving the built client, cookies over plain HTTP. */
export function serverEnv(dataDir: string, clientDir: string): Record<string, string> {
  return { DATA_DIR: dataDir, STATIC_DIR: clientDir, LOG_LEVEL: 'warn', HOST: '127.0.0.1', COOKIE_SECURE: 'false' };
}

/** Runs `use` against a server started on a fresh copy of the template; stops it and removes the copy after. */
async function onFreshServer<T>(plan: RunPlan, name: string, use: (server: ServerProcess) => Promise<T>): Promise<T> {
  const dataDir = await copyTemplate(plan.prepared, plan.workDir, name);
  try {
    const server = await ServerProcess.start({ entry: 'server/index.ts', env: serverEnv(dataDir, plan.clientDir) }, plan.repoRoot, plan.signal);
    try {
      return await use(server);
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function inBrowser(plan: RunPlan, server: ServerProcess, open: (context: BrowserContext) => Promise<ColdWarm>): Promise<ColdWarm> {
  const context = await signedInContext(plan.browser, server.baseUrl, plan.prepared.owner.cookie);
  try {
    return await open(context);
  } finally {
    await context.close();
  }
}

export async function measureVariant(plan: RunPlan, variant: Variant, run: number): Promise<VariantRun> {
  const doc = plan.prepared.docs[variant];
  const noteId = doc.slice('note:'.length);
  const words = plan.prepared.firstWords;
  const server = await onFreshServer(plan, `${variant}-${run}-sync`, async (started) => {
    const open = await coldOpen(started.baseUrl, started.pid, doc, plan.prepared.owner.token, noteCharacters);
    return { ms: open.ms, serverCpuMs: open.serverCpuMs, characters: open.characters };
  });
  if (server.characters !== plan.prepared.characters) throw new Error(`${variant}: the first sync brought ${server.characters} of ${plan.prepared.characters} characters`);
  const hash = await onFreshServer(plan, `${variant}-${run}-hash`, (started) =>
    inBrowser(plan, started, async (context) => openByHash(await context.newPage(), started.baseUrl, noteId, words)),
  );
  const load = await onFreshServer(plan, `${variant}-${run}-load`, (started) => inBrowser(plan, started, (context) => openByLoad(context, started.baseUrl, noteId, words)));
  return { server, hash, load };
}
