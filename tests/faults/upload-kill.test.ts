// Fault: the server is killed with SIGKILL in the middle of a large data-room upload and restarted
// on the same DATA_DIR. Nobody may then see a partial file: the listing holds only what was stored
// whole, the earlier file downloads byte-identical, the dossier and the board are as they were
// saved, the half-written staging file is swept at start, and the same upload retried is stored.
import { randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTerms, sectionText as readSection } from '../../shared/deal-docs.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import { bearer, registerUser, type TestUser } from '../helpers/api.ts';
import { ChildServerRig, startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { connectClient } from '../helpers/yjs-clients.ts';
import { call, sectionText, settled, termWording } from '../deals/deal-helpers.ts';
import { createFolder, listFiles, sha256, uploadFile } from '../dataroom/dataroom-world.ts';

const LARGE = 40 * 1024 * 1024;
/** How much of the large upload is sent before the sender stalls, waiting for the kill. */
const SENT_BEFORE_STALL = 12 * 1024 * 1024;
const CHUNK = 256 * 1024;

/**
 * A PUT of the first `sentBytes` of `content`, declared as the whole: the bytes go out with
 * backpressure, then the sender stalls as a slow link would, until the connection dies.
 */
function stalledUpload(server: ServerProcess, user: TestUser, dealId: string, uploadPath: string, content: Buffer, sentBytes: number): Promise<string> {
  return new Promise((resolve) => {
    const req = request(`${server.url}/api/deals/${dealId}/files/uploads/${uploadPath}`, {
      method: 'PUT',
      headers: { ...bearer(user), 'content-type': 'application/octet-stream', 'content-length': String(content.length) },
    });
    req.on('response', (res) => resolve(`answered ${res.statusCode}`));
    req.on('error', (error) => resolve(`cut off: ${error.message}`));
    let offset = 0;
    const send = () => {
      while (offset < sentBytes) {
        const piece = content.subarray(offset, Math.min(offset + CHUNK, sentBytes));
        offset += piece.length;
        if (!req.write(piece)) return void req.once('drain', send);
      }
    };
    send();
  });
}

async function stagedBytes(dataDir: string): Promise<number> {
  const staging = path.join(dataDir, 'files', 'staging');
  const sizes = await Promise.all((await readdir(staging)).map(async (name) => (await stat(path.join(staging, name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** What a reader of the room's documents sees: the dossier's risks section and the board's terms. */
function roomState(dossier: Y.Doc, board: Y.Doc) {
  return { risks: readSection(dossier, 'risks'), terms: readTerms(board) };
}

describe('fault: kill -9 of the server mid-upload', () => {
  const rig = new ChildServerRig();
  const { dirs, processes, clients } = rig;
  afterEach(() => rig.tearDown());

  const start = async (dataDir: string) => {
    const server = await startServerProcess(dataDir);
    processes.push(server);
    return server;
  };
  const openDocs = async (server: ServerProcess, owner: TestUser, deal: DealDetail) => {
    const opened = [deal.docs.dossier, deal.docs.board].map((name) => connectClient(server.wsUrl, name, { token: owner.token, savedNotices: true }));
    clients.push(...opened);
    await Promise.all(opened.map((client) => client.synced()));
    return opened;
  };

  it('leaves no partial file, the room intact, and the retried upload stored whole', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    const first = await start(dataDir);
    const owner = await registerUser(first.url, 'Owner Ong');
    const deal = (await call<DealDetail>(first.url, owner, 'POST', '/api/deals', { title: 'Agricultural drones for ASEAN', type: 'supply' })).body;
    const folder = await createFolder(first, owner, deal.id, { name: 'Financials' });
    expect(folder.status).toBe(201);
    const earlier = randomBytes(300 * 1024 + 11);
    const stored = await uploadFile(first, owner, deal.id, { folderId: folder.body.id, name: 'accounts-2024.bin' }, earlier);
    expect(stored.status).toBe(201);

    const [dossier, board] = await openDocs(first, owner, deal);
    sectionText(dossier.doc, 'risks').insert(0, 'Typhoon season delays shipping.');
    const termId = readTerms(board.doc)[0].id;
    termWording(board.doc, termId).insert(0, 'FOB Shenzhen. ');
    await settled([dossier, board]);
    const before = roomState(dossier.doc, board.doc);

    const large = randomBytes(LARGE);
    const uploadId = `large-${randomUUID()}`;
    const target = `${uploadId}?${new URLSearchParams({ folderId: folder.body.id, name: 'site-survey.bin' })}`;
    const cut = stalledUpload(first, owner, deal.id, target, large, SENT_BEFORE_STALL);
    await waitFor(async () => (await stagedBytes(dataDir)) >= SENT_BEFORE_STALL / 2, 'half the sent bytes to be on disk in staging', 15_000);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    processes.splice(0);
    expect(await cut).toMatch(/^cut off/);
    for (const client of clients.splice(0)) client.destroy();
    // What the kill left: a partial upload in staging, and no blob of the large file.
    expect(await stagedBytes(dataDir)).toBeGreaterThan(0);
    expect((await readdir(path.join(dataDir, 'files'))).filter((name) => name !== 'staging')).toEqual([sha256(earlier)]);

    const second = await start(dataDir);
    expect(await readdir(path.join(dataDir, 'files', 'staging'))).toEqual([]);
    const listing = await listFiles(second, owner, deal.id);
    expect(listing.status).toBe(200);
    expect(listing.body.files.map((file) => file.name)).toEqual(['accounts-2024.bin']);
    const download = await fetch(`${second.url}/api/deals/${deal.id}/files/${stored.body.id}/download`, { headers: bearer(owner) });
    expect(download.status).toBe(200);
    expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(sha256(earlier));
    const [dossierAgain, boardAgain] = await openDocs(second, owner, deal);
    expect(roomState(dossierAgain.doc, boardAgain.doc)).toEqual(before);

    const retried = await uploadFile(second, owner, deal.id, { folderId: folder.body.id, name: 'site-survey.bin' }, large, { uploadId });
    expect(retried.status).toBe(201);
    expect(retried.body.current).toMatchObject({ version: 1, size: LARGE, sha256: sha256(large) });
    const after = await listFiles(second, owner, deal.id);
    expect(after.body.files.map((file) => file.name).sort()).toEqual(['accounts-2024.bin', 'site-survey.bin']);
    const largeBack = await fetch(`${second.url}/api/deals/${deal.id}/files/${retried.body.id}/download`, { headers: bearer(owner) });
    expect(sha256(Buffer.from(await largeBack.arrayBuffer()))).toBe(sha256(large));
    // Two cold starts of the server process (tsx compiling it) dominate; they are slow on a busy machine.
  }, 120_000);
});
