// Data-room files through the real server: upload and download round trips (hashes equal),
// several uploads at once, a retried upload id, new versions, rename and move, search in three
// languages, and the live `deal:files-changed` push.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileView } from '../../shared/schemas/dataroom.ts';
import { bearer } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitFor } from '../helpers/wait.ts';
import { call, joinDeal } from '../deals/deal-helpers.ts';
import { buildDataRoomWorld, createFolder, listFiles, pdfBytes, sha256, uploadFile, type DataRoomWorld } from './dataroom-world.ts';

let server: TestServer;
let world: DataRoomWorld;
let folderId: string;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildDataRoomWorld(server);
  const folder = await createFolder(server, world.owner, world.deal.id, { name: 'Financials' });
  expect(folder.status).toBe(201);
  folderId = folder.body.id;
});

afterAll(async () => {
  await server?.close();
});

async function download(fileId: string, version?: number) {
  const response = await fetch(`${server.url}/api/deals/${world.deal.id}/files/${fileId}/download${version ? `?version=${version}` : ''}`, { headers: bearer(world.certifier) });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('data-room files', () => {
  it('stores an upload and serves the same bytes back, with safe headers', async () => {
    const content = randomBytes(3 * 1024 * 1024 + 17);
    const uploaded = await uploadFile(server, world.maker, world.deal.id, { folderId, name: '審計報告 2024.bin' }, content);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.current).toMatchObject({ version: 1, size: content.length, sha256: sha256(content), mime: 'application/octet-stream', uploadedBy: { id: world.maker.user.id, name: 'Maker Ma' } });
    const { response, bytes } = await download(uploaded.body.id);
    expect(response.status).toBe(200);
    expect(sha256(bytes)).toBe(sha256(content));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''%E5%AF%A9%E8%A8%88");
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('serves byte ranges for the viewer', async () => {
    const pdf = pdfBytes('ranges');
    const uploaded = await uploadFile(server, world.maker, world.deal.id, { folderId, name: 'ranges.pdf' }, pdf);
    expect(uploaded.body.viewable).toBe(true);
    const response = await fetch(`${server.url}/api/deals/${world.deal.id}/files/${uploaded.body.id}/view`, { headers: { ...bearer(world.certifier), range: 'bytes=5-12' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 5-12/${pdf.length}`);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^inline/);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf.subarray(5, 13));
  });

  it('takes several uploads at once, each whole', async () => {
    const contents = Array.from({ length: 5 }, () => randomBytes(512 * 1024));
    const results = await Promise.all(contents.map((content, index) => uploadFile(server, world.owner, world.deal.id, { folderId, name: `batch-${index}.bin` }, content)));
    for (const [index, result] of results.entries()) {
      expect(result.status).toBe(201);
      const { bytes } = await download(result.body.id);
      expect(sha256(bytes)).toBe(sha256(contents[index]));
    }
  });

  it('answers a retried upload id with what it stored, never a second file', async () => {
    const content = randomBytes(200 * 1024);
    const uploadId = 'retry-upload-0001';
    const first = await uploadFile(server, world.maker, world.deal.id, { folderId, name: 'retry.bin' }, content, { uploadId });
    const again = await uploadFile(server, world.maker, world.deal.id, { folderId, name: 'retry.bin' }, content, { uploadId });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.versions).toHaveLength(1);
    const listing = await listFiles(server, world.owner, world.deal.id);
    expect(listing.body.files.filter((file) => file.name === 'retry.bin')).toHaveLength(1);
    const stolen = await uploadFile(server, world.owner, world.deal.id, { folderId, name: 'retry.bin' }, content, { uploadId });
    expect(stolen.status).toBe(409);
  });

  it('adds versions, each downloadable, the newest current', async () => {
    const v1 = Buffer.from('year,revenue\n2024,10\n');
    const v2 = Buffer.from('year,revenue\n2024,12\n');
    const first = await uploadFile(server, world.maker, world.deal.id, { folderId, name: 'model.csv' }, v1);
    expect(first.body.current.mime).toBe('text/csv');
    const second = await uploadFile(server, world.certifier, world.deal.id, { fileId: first.body.id }, v2);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.versions.map((version) => version.version)).toEqual([2, 1]);
    expect(second.body.current).toMatchObject({ version: 2, sha256: sha256(v2), uploadedBy: { name: 'Certifier Chan' } });
    expect((await download(first.body.id)).bytes).toEqual(v2);
    expect((await download(first.body.id, 1)).bytes).toEqual(v1);
    expect((await download(first.body.id, 3)).response.status).toBe(404);
  });

  it('renames and moves a file, and the trail says so', async () => {
    const other = await createFolder(server, world.owner, world.deal.id, { name: 'Legal' });
    const file = await uploadFile(server, world.maker, world.deal.id, { folderId, name: 'draft.txt' }, Buffer.from('heads of terms'));
    const renamed = await call<FileView>(server.url, world.maker, 'PATCH', `/api/deals/${world.deal.id}/files/${file.body.id}`, { name: 'Heads of terms.txt', folderId: other.body.id });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Heads of terms.txt', folderId: other.body.id });
    const trail = await call<{ activity: { action: string }[] }>(server.url, world.certifier, 'GET', `/api/deals/${world.deal.id}/activity?pageSize=50`);
    const actions = trail.body.activity.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['file.uploaded', 'file.moved', 'file.renamed', 'file.folder-created']));
    expect(actions).not.toContain('file.viewed');
  });

  it('finds files by name in English, Traditional and Simplified Chinese', async () => {
    await uploadFile(server, world.maker, world.deal.id, { folderId, name: '盡職調查清單.txt' }, Buffer.from('清單'));
    await uploadFile(server, world.maker, world.deal.id, { folderId, name: '财务报表.txt' }, Buffer.from('报表'));
    await uploadFile(server, world.maker, world.deal.id, { folderId, name: 'Board Minutes.txt' }, Buffer.from('minutes'));
    const names = async (q: string) => (await listFiles(server, world.certifier, world.deal.id, q)).body.files.map((file) => file.name);
    expect(await names('尽职调查')).toEqual(['盡職調查清單.txt']);
    expect(await names('財務')).toEqual(['财务报表.txt']);
    expect(await names('board minutes')).toEqual(['Board Minutes.txt']);
    expect(await names('nothing-like-this')).toEqual([]);
  });

  it('tells everyone in the room live when files change', async () => {
    const socket = await joinDeal(server, world.adviser, world.deal.id);
    const changes: string[] = [];
    const entries: string[] = [];
    socket.on('deal:files-changed', ({ dealId }) => changes.push(dealId));
    socket.on('deal:activity-recorded', ({ entry }) => entries.push(entry.action));
    await uploadFile(server, world.maker, world.deal.id, { folderId, name: 'live.txt' }, Buffer.from('live'));
    await waitFor(() => changes.includes(world.deal.id) && entries.includes('file.uploaded'), 'the files-changed push');
    socket.disconnect();
  });
});
