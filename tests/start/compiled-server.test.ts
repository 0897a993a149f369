// `npm start` runs the compiled server: it must start on an empty store without loading what only
// some requests need (the MongoDB driver, nodemailer, file-type, the Chinese converters, the HTML
// parser, the calendar writer), and the first listing and match requests must still work: the
// matching engine is built then, Chinese converters included.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileEntry, COMPILED_DIR, SERVER_NODE_FLAGS } from '../../server/compile.ts';
import type { ListingMatch } from '../../shared/schemas/matches.ts';
import { registerUser } from '../helpers/api.ts';
import { waitFor } from '../helpers/wait.ts';
import { CERTIFIER, call, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';

/** Modules a collaboration-only process must not have loaded (their resident cost is tens of MB). */
const NOT_AT_START = ['mongodb', 'nodemailer', 'file-type', 'opencc-js', 'htmlparser2', 'ics'];

describe('the compiled server (npm start)', () => {
  let child: ChildProcess | undefined;
  let dataDir = '';
  let outDir = '';
  let url = '';
  let output = '';

  beforeAll(async () => {
    // A build of its own, from the sources as they are now: never a stale dist-server.
    // Inside the repository, so the bundle resolves packages from node_modules; a fresh clone has no build yet.
    await mkdir(COMPILED_DIR, { recursive: true });
    outDir = await mkdtemp(path.join(COMPILED_DIR, 'test-'));
    const script = await compileEntry('server/index.ts', outDir);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'sc-compiled-'));
    // Node's own loader debug lines (NODE_DEBUG esm, module) name every file it loads, ESM and CommonJS.
    child = spawn(process.execPath, [...SERVER_NODE_FLAGS, script], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: '', LOG_LEVEL: 'info', NODE_DEBUG: 'esm,module' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => /"port":(\d+)/.test(output), `compiled server listening:\n${output}`, 20_000);
    url = `http://127.0.0.1:${/"port":(\d+)/.exec(output)?.[1]}`;
  }, 60_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  });

  it('is ASCII only, so V8 keeps its source as one byte per character', async () => {
    const chunks = (await readdir(outDir)).filter((name) => name.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(1);
    for (const name of chunks) expect(await readFile(path.join(outDir, name), 'utf8'), name).not.toMatch(/[^\x00-\x7f]/);
  });

  it('answers /healthz on the embedded store without loading what only some requests need', async () => {
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', store: 'embedded' });
    for (const name of NOT_AT_START) expect(output, name).not.toMatch(new RegExp(`node_modules/${name}/`));
  });

  it('builds the matching engine on the first listing and matches in either script', async () => {
    const maker = await registerUser(url, 'Maker');
    const certifier = await registerUser(url, 'Certifier');
    const makerOrg = await createOrg(url, maker);
    const certifierOrg = await createOrg(url, certifier, CERTIFIER);
    const offer = await createListing(url, certifier, offerFor(certifierOrg.id));
    const need = await createListing(url, maker, needFor(makerOrg.id));
    const matches = await call<{ matches: ListingMatch[] }>(url, maker, 'GET', `/api/listings/${need.id}/matches?limit=5`);
    expect(matches.status).toBe(200);
    expect(matches.body.matches.map((match) => match.listing.id)).toContain(offer.id);
    const search = await call<{ listings: { id: string }[] }>(url, maker, 'GET', `/api/listings?q=${encodeURIComponent('檢測認證')}`);
    expect(search.status).toBe(200);
    expect(search.body.listings.map((listing) => listing.id)).toContain(need.id);
  });
});
