// The DATA_DIR bench:open starts its servers on: an owner who signed up over REST, and the same
// B4-sized note twice through the storage port, once as its log of typed updates and once
// compacted. Every server start gets its own copy: opening the log compacts it.
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { UpdateLog } from '../../server/collab/update-log.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { ServerProcess } from '../collab/server-process.ts';
import { storeNoteLog } from '../store/fill.ts';
import { noteParagraphs, typeNoteDocument } from '../store/paragraph-document.ts';

export const VARIANTS = ['log', 'compacted'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface Owner {
  id: string;
  /** Bearer token for y-websocket clients. */
  token: string;
  /** `sc_session=…`, for the browser. */
  cookie: string;
}

export interface PreparedNotes {
  templateDir: string;
  owner: Owner;
  /** Document name (`note:<id>`) per variant. */
  docs: Record<Variant, string>;
  /** The note's first words: what the browser waits for. */
  firstWords: string;
  characters: number;
  updates: number;
  paragraphs: number;
}

const FIRST_WORDS = 40;

async function register(baseUrl: string): Promise<Owner> {
  const response = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench Owner', email: `bench-open-${Date.now()}@example.test`, password: 'bench-password-not-secret' }),
  });
  if (response.status !== 201) throw new Error(`register → ${response.status}: ${(await response.text()).slice(0, 300)}`);
  const body = (await response.json()) as { token: string; user: { id: string } };
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('sc_session='))?.split(';')[0];
  if (!cookie) throw new Error('register set no sc_session cookie');
  return { id: body.user.id, token: body.token, cookie };
}

/** Signs the owner up on a fresh server in `templateDir`, then stores the typed note as a log and compacted. */
export async function prepareNotes(repoRoot: string, templateDir: string, characters: number, signal: AbortSignal): Promise<PreparedNotes> {
  const server = await ServerProcess.start({ entry: 'server/index.ts', env: { DATA_DIR: templateDir, STATIC_DIR: '', LOG_LEVEL: 'warn', HOST: '127.0.0.1' } }, repoRoot, signal);
  let owner: Owner;
  try {
    owner = await register(server.baseUrl);
  } finally {
    await server.stop();
  }
  const typed = typeNoteDocument(characters, 4);
  const store = await EmbeddedStore.open(templateDir);
  try {
    const ctx = { ownerId: owner.id, noteLog: typed, startedAt: Date.now() - 86_400_000 };
    const log = await storeNoteLog(store, ctx, 'B4 note as a log', typed);
    const compacted = await storeNoteLog(store, ctx, 'B4 note compacted', typed);
    await new UpdateLog(store).compact(compacted);
    const paragraphs = noteParagraphs(typed);
    return { templateDir, owner, docs: { log, compacted }, firstWords: paragraphs[0].slice(0, FIRST_WORDS).trim(), characters: typed.length, updates: typed.updates.length, paragraphs: paragraphs.length };
  } finally {
    await store.close();
  }
}

/** A fresh copy of the template for one server start. */
export async function copyTemplate(prepared: PreparedNotes, workDir: string, name: string): Promise<string> {
  const dir = path.join(workDir, name);
  await cp(prepared.templateDir, dir, { recursive: true });
  return dir;
}
