// Per-folder access through the real server, for each role and side: who lists, views, downloads,
// uploads, renames and audits; what a refused upload leaves (nothing); and that a folder one may
// not view stays invisible everywhere, the trail and the live pushes included.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileAuditView, FileView } from '../../shared/schemas/dataroom.ts';
import { bearer, type TestUser } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { call, joinDeal } from '../deals/deal-helpers.ts';
import { waitFor } from '../helpers/wait.ts';
import { EVERYONE_VIEWS_ONLY, buildDataRoomWorld, createFolder, exeBytes, listFiles, pdfBytes, uploadFile, type DataRoomWorld } from './dataroom-world.ts';

let server: TestServer;
let world: DataRoomWorld;
/** View only for everyone; the maker's side uploads. */
let viewOnly: string;
/** Only the maker's side (and owners) see it. */
let makerOnly: string;
let viewOnlyPdf: FileView;
let secretFile: FileView;

beforeAll(async () => {
  server = await startTestServer({ limits: { fileMaxBytes: 64 * 1024, dealFilesMaxBytes: 10 * 1024 * 1024 } });
  world = await buildDataRoomWorld(server);
  viewOnly = (await createFolder(server, world.owner, world.deal.id, { name: 'Management presentation', access: EVERYONE_VIEWS_ONLY(world) })).body.id;
  const makerSide = [{ kind: 'org' as const, orgId: world.makerOrgId }];
  makerOnly = (await createFolder(server, world.owner, world.deal.id, { name: 'Internal valuation', access: { view: makerSide, download: makerSide, upload: makerSide } })).body.id;
  viewOnlyPdf = (await uploadFile(server, world.maker, world.deal.id, { folderId: viewOnly, name: 'Deck.pdf' }, pdfBytes())).body;
  secretFile = (await uploadFile(server, world.maker, world.deal.id, { folderId: makerOnly, name: 'Walk-away price.txt' }, Buffer.from('USD 12m'))).body;
});

afterAll(async () => {
  await server?.close();
});

async function get(user: TestUser, route: string): Promise<number> {
  const response = await fetch(`${server.url}/api/deals/${world.deal.id}${route}`, { headers: bearer(user) });
  await response.arrayBuffer();
  return response.status;
}

/** Files stored on disk (content-addressed), to check a refused upload left none. */
async function blobCount(): Promise<number> {
  return (await readdir(path.join(server.dataDir, 'files'))).filter((name) => /^[0-9a-f]{64}$/.test(name)).length;
}

async function stagingCount(): Promise<number> {
  return (await readdir(path.join(server.dataDir, 'files', 'staging'))).length;
}

describe('data-room permissions', () => {
  it('lists only the folders and files each member may view', async () => {
    const seen = async (user: TestUser) => {
      const listing = await listFiles(server, user, world.deal.id);
      return { status: listing.status, folders: listing.body.folders?.map((folder) => folder.name).sort(), files: listing.body.files?.map((file) => file.name).sort() };
    };
    expect(await seen(world.owner)).toEqual({ status: 200, folders: ['Internal valuation', 'Management presentation'], files: ['Deck.pdf', 'Walk-away price.txt'] });
    expect(await seen(world.maker)).toEqual({ status: 200, folders: ['Internal valuation', 'Management presentation'], files: ['Deck.pdf', 'Walk-away price.txt'] });
    for (const user of [world.certifier, world.adviser, world.manager]) {
      expect(await seen(user)).toEqual({ status: 200, folders: ['Management presentation'], files: ['Deck.pdf'] });
    }
    expect((await seen(world.outsider)).status).toBe(404);
    expect((await listFiles(server, world.owner, world.deal.id)).body.canManage).toBe(true);
    expect((await listFiles(server, world.maker, world.deal.id)).body.canManage).toBe(false);
  });

  it('serves a view-only file to view and refuses its download with view_only', async () => {
    const listing = await listFiles(server, world.certifier, world.deal.id);
    expect(listing.body.files[0]).toMatchObject({ name: 'Deck.pdf', canDownload: false, viewable: true });
    for (const user of [world.certifier, world.adviser, world.manager, world.maker]) {
      expect(await get(user, `/files/${viewOnlyPdf.id}/view`)).toBe(200);
      expect(await get(user, `/files/${viewOnlyPdf.id}/download`)).toBe(403);
    }
    const refused = await call(server.url, world.certifier, 'GET', `/api/deals/${world.deal.id}/files/${viewOnlyPdf.id}/download`);
    expect(refused.body).toMatchObject({ error: 'view_only' });
    expect(await get(world.owner, `/files/${viewOnlyPdf.id}/download`)).toBe(200);
    expect(await get(world.outsider, `/files/${viewOnlyPdf.id}/view`)).toBe(404);
  });

  it('answers 404 for a file in a folder one may not view, whatever the route', async () => {
    for (const user of [world.certifier, world.adviser, world.manager, world.outsider]) {
      expect(await get(user, `/files/${secretFile.id}/view`)).toBe(404);
      expect(await get(user, `/files/${secretFile.id}/download`)).toBe(404);
      // Parties and advisers read no audit at all (403 for any file); a manager learns nothing either.
      expect(await get(user, `/files/${secretFile.id}/audit`)).toBe(user === world.manager || user === world.outsider ? 404 : 403);
      const rename = await call(server.url, user, 'PATCH', `/api/deals/${world.deal.id}/files/${secretFile.id}`, { name: 'x.txt' });
      expect(rename.status).toBe(404);
      const version = await uploadFile(server, user, world.deal.id, { fileId: secretFile.id }, Buffer.from('guess'));
      expect(version.status).toBe(404);
    }
    expect(await get(world.maker, `/files/${secretFile.id}/download`)).toBe(200);
  });

  it('refuses uploads to a folder one may not write, storing nothing', async () => {
    const before = await blobCount();
    for (const user of [world.certifier, world.adviser, world.manager]) {
      const refused = await uploadFile(server, user, world.deal.id, { folderId: viewOnly, name: 'Sneaky.txt' }, Buffer.from(`from ${user.user.name}`));
      expect(refused.status).toBe(403);
    }
    const hidden = await uploadFile(server, world.certifier, world.deal.id, { folderId: makerOnly, name: 'Sneaky.txt' }, Buffer.from('x'));
    expect(hidden.status).toBe(404);
    expect(await blobCount()).toBe(before);
    expect((await listFiles(server, world.owner, world.deal.id)).body.files.map((file) => file.name)).not.toContain('Sneaky.txt');
  });

  it('keeps folder management to owners', async () => {
    for (const user of [world.maker, world.certifier, world.adviser, world.manager]) {
      expect((await createFolder(server, user, world.deal.id, { name: 'Mine' })).status).toBe(403);
      expect((await call(server.url, user, 'PATCH', `/api/deals/${world.deal.id}/folders/${viewOnly}`, { name: 'Renamed' })).status).toBe(403);
    }
    // Refused as to any folder: the answer does not tell a hidden folder from a visible one.
    expect((await call(server.url, world.certifier, 'PATCH', `/api/deals/${world.deal.id}/folders/${makerOnly}`, { name: 'Renamed' })).status).toBe(403);
    expect((await call(server.url, world.owner, 'DELETE', `/api/deals/${world.deal.id}/folders/${viewOnly}`)).status).toBe(409);
    const stranger = await createFolder(server, world.owner, world.deal.id, { name: 'Odd', access: { view: [{ kind: 'org', orgId: 'not-in-this-deal' }], download: [], upload: [] } });
    expect(stranger.status).toBe(400);
  });

  it('lets a member rename or delete only as their rights allow', async () => {
    expect((await call(server.url, world.certifier, 'PATCH', `/api/deals/${world.deal.id}/files/${viewOnlyPdf.id}`, { name: 'Mine.pdf' })).status).toBe(403);
    expect((await call(server.url, world.maker, 'DELETE', `/api/deals/${world.deal.id}/files/${viewOnlyPdf.id}`)).status).toBe(403);
  });

  it('shows owners and managers the views and downloads, per file and per person', async () => {
    const perFile = await call<FileAuditView>(server.url, world.owner, 'GET', `/api/deals/${world.deal.id}/files/${viewOnlyPdf.id}/audit`);
    expect(perFile.status).toBe(200);
    const viewers = perFile.body.entries.filter((entry) => entry.kind === 'view').map((entry) => entry.user.name);
    expect(viewers).toEqual(expect.arrayContaining(['Certifier Chan', 'Adviser Au', 'Manager Mok', 'Maker Ma']));
    expect(perFile.body.entries.find((entry) => entry.kind === 'download')).toMatchObject({ user: { id: world.owner.user.id }, version: 1, fileName: 'Deck.pdf' });
    const perPerson = await call<FileAuditView>(server.url, world.manager, 'GET', `/api/deals/${world.deal.id}/files-audit?user=${world.maker.user.id}`);
    expect(perPerson.status).toBe(200);
    // The manager cannot view the maker-only folder, so its download stays out of their audit.
    expect(perPerson.body.entries.map((entry) => entry.fileName)).toEqual(['Deck.pdf']);
    const ownerView = await call<FileAuditView>(server.url, world.owner, 'GET', `/api/deals/${world.deal.id}/files-audit?user=${world.maker.user.id}`);
    expect(ownerView.body.entries.map((entry) => entry.fileName)).toContain('Walk-away price.txt');
    for (const user of [world.maker, world.certifier, world.adviser]) {
      expect((await call(server.url, user, 'GET', `/api/deals/${world.deal.id}/files-audit`)).status).toBe(403);
    }
    expect((await call(server.url, world.outsider, 'GET', `/api/deals/${world.deal.id}/files-audit`)).status).toBe(404);
  });

  it('keeps entries about a hidden folder out of the trail and its pushes', async () => {
    const socket = await joinDeal(server, world.certifier, world.deal.id);
    const pushed: string[] = [];
    socket.on('deal:activity-recorded', ({ entry }) => pushed.push(JSON.stringify(entry)));
    await uploadFile(server, world.maker, world.deal.id, { folderId: makerOnly, name: 'Second secret.txt' }, Buffer.from('USD 11m'));
    await uploadFile(server, world.maker, world.deal.id, { folderId: viewOnly, name: 'Public.pdf' }, pdfBytes('public'));
    await waitFor(() => pushed.some((entry) => entry.includes('Public.pdf')), 'the visible upload to be pushed');
    expect(pushed.join()).not.toContain('secret');
    socket.disconnect();
    const trail = async (user: TestUser) => JSON.stringify((await call(server.url, user, 'GET', `/api/deals/${world.deal.id}/activity?pageSize=100`)).body);
    for (const user of [world.certifier, world.adviser, world.manager]) {
      const text = await trail(user);
      expect(text).toContain('Deck.pdf');
      expect(text).not.toContain('Walk-away');
      expect(text).not.toContain('Internal valuation');
    }
    expect(await trail(world.maker)).toContain('Walk-away');
  });

  it('lists in the deal export only the files and versions the exporting member may view', async () => {
    const exported = async (user: TestUser, query = '') => {
      const response = await fetch(`${server.url}/api/deals/${world.deal.id}/export.md${query}`, { headers: bearer(user) });
      expect(response.status).toBe(200);
      return response.text();
    };
    const owner = await exported(world.owner);
    expect(owner).toContain('## Data-room files');
    expect(owner).toContain('**Internal valuation / Walk-away price.txt**');
    expect(owner).toContain(`SHA-256 \`${viewOnlyPdf.current.sha256}\``);
    for (const user of [world.certifier, world.adviser, world.manager]) {
      const text = await exported(user);
      expect(text).toContain('**Management presentation / Deck.pdf**');
      expect(text).not.toContain('Walk-away');
      expect(text).not.toContain('Internal valuation');
      expect(text).not.toContain(secretFile.current.sha256);
    }
    expect(await exported(world.certifier, '?lang=zh-Hant')).toContain('## 資料室檔案');
  });
});

describe('data-room bad input', () => {
  it('refuses an oversized file with 413, from Content-Length and while streaming, storing nothing', async () => {
    const before = await blobCount();
    const big = Buffer.alloc(65 * 1024, 1);
    const declared = await uploadFile(server, world.maker, world.deal.id, { folderId: viewOnly, name: 'big.bin' }, big);
    expect(declared.status).toBe(413);
    expect(declared.body).toMatchObject({ error: 'payload_too_large', details: { max: 64 * 1024, unit: 'bytes' } });
    const { Readable } = await import('node:stream');
    const chunked = await uploadFile(server, world.maker, world.deal.id, { folderId: viewOnly, name: 'big.bin' }, Readable.from([big.subarray(0, 40_000), big.subarray(40_000)]));
    expect(chunked.status).toBe(413);
    expect(await blobCount()).toBe(before);
    expect(await stagingCount()).toBe(0);
  });

  it('refuses an empty file', async () => {
    const empty = await uploadFile(server, world.maker, world.deal.id, { folderId: viewOnly, name: 'empty.txt' }, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/empty/);
  });

  it('refuses names with path separators, control characters or only dots', async () => {
    for (const name of ['../../etc/passwd', 'a\\b.txt', 'line\nbreak.txt', '..', 'nul\u0000.txt', 'x'.repeat(201)]) {
      const refused = await uploadFile(server, world.maker, world.deal.id, { folderId: viewOnly, name }, Buffer.from('x'));
      expect(refused.status, name).toBe(400);
    }
    expect((await createFolder(server, world.owner, world.deal.id, { name: '../up' })).status).toBe(400);
  });

  it('refuses a program, whatever its name says, and a .pdf that is not a PDF', async () => {
    const before = await blobCount();
    const asPdf = await uploadFile(server, world.maker, world.deal.id, { folderId: viewOnly, name: 'Report.pdf' }, exeBytes());
    expect(asPdf.status).toBe(415);
    expect(asPdf.body).toMatchObject({ error: 'unsupported_media_type' });
    const asExe = await uploadFile(server, world.maker, world.deal.id, { folderId: viewOnly, name: 'setup.exe' }, exeBytes());
    expect(asExe.status).toBe(415);
    const textAsPdf = await uploadFile(server, world.maker, world.deal.id, { folderId: viewOnly, name: 'Looks.pdf' }, Buffer.from('just text'));
    expect(textAsPdf.status).toBe(415);
    expect(await blobCount()).toBe(before);
  });

  it('refuses a deal past its total with 413', async () => {
    const small = await startTestServer({ limits: { fileMaxBytes: 64 * 1024, dealFilesMaxBytes: 100 * 1024 } });
    try {
      const room = await buildDataRoomWorld(small);
      const folderId = (await createFolder(small, room.owner, room.deal.id, { name: 'Data' })).body.id;
      expect((await uploadFile(small, room.owner, room.deal.id, { folderId, name: 'a.bin' }, Buffer.alloc(60 * 1024, 2))).status).toBe(201);
      const over = await uploadFile(small, room.owner, room.deal.id, { folderId, name: 'b.bin' }, Buffer.alloc(60 * 1024, 3));
      expect(over.status).toBe(413);
      expect(over.body.message).toMatch(/in all/);
    } finally {
      await small.close();
    }
  });
});
