// A deal with every data-room role: the owner (a party for the drone maker), a second maker party
// who is not an owner, the certifier's party (the other side), an adviser, a manager and an
// outsider; plus REST helpers for uploads (raw bodies) and downloads.
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { DataRoomView, FileView, FolderAccess, FolderView } from '../../shared/schemas/dataroom.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import { bearer, registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { addDealMember, call, openDeal } from '../deals/deal-helpers.ts';
import { CERTIFIER, addMember, createOrg } from '../listings/marketplace-helpers.ts';

export interface DataRoomWorld {
  owner: TestUser;
  /** A party for the maker's side who is not an owner. */
  maker: TestUser;
  /** The party for the certifier's side. */
  certifier: TestUser;
  adviser: TestUser;
  manager: TestUser;
  outsider: TestUser;
  makerOrgId: string;
  certifierOrgId: string;
  deal: DealDetail;
}

/** What the REST helpers need of a server: an in-process test server or a child process. */
export type ServerAddress = Pick<TestServer, 'url'>;

export async function buildDataRoomWorld(server: TestServer): Promise<DataRoomWorld> {
  const [owner, maker, certifier, adviser, manager, outsider] = await Promise.all(
    ['Owner Olivia', 'Maker Ma', 'Certifier Chan', 'Adviser Au', 'Manager Mok', 'Outsider Ng'].map((name) => registerUser(server.url, name)),
  );
  const makerOrg = await createOrg(server.url, owner);
  const certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
  await addMember(server.url, owner, makerOrg.id, maker);
  const deal = await openDeal(server, owner, { orgIds: [makerOrg.id, certifierOrg.id], actingOrgId: makerOrg.id });
  await addDealMember(server, owner, deal.id, certifier, 'party', { orgId: certifierOrg.id });
  await addDealMember(server, owner, deal.id, maker, 'party', { orgId: makerOrg.id });
  await addDealMember(server, owner, deal.id, adviser, 'adviser');
  await addDealMember(server, owner, deal.id, manager, 'manager');
  return { owner, maker, certifier, adviser, manager, outsider, makerOrgId: makerOrg.id, certifierOrgId: certifierOrg.id, deal };
}

export async function createFolder(server: ServerAddress, user: TestUser, dealId: string, body: { name: string; parentId?: string | null; access?: FolderAccess }) {
  return call<FolderView>(server.url, user, 'POST', `/api/deals/${dealId}/folders`, body);
}

export async function listFiles(server: ServerAddress, user: TestUser, dealId: string, q?: string) {
  return call<DataRoomView>(server.url, user, 'GET', `/api/deals/${dealId}/files${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`);
}

export type UploadTarget = { folderId: string; name: string } | { fileId: string };

/** PUT of raw bytes (a Buffer, or a stream sent chunked unless `length` is given). */
export async function uploadFile(
  server: ServerAddress,
  user: TestUser,
  dealId: string,
  target: UploadTarget,
  body: Buffer | Readable,
  options: { uploadId?: string; length?: number; contentType?: string } = {},
) {
  const query = new URLSearchParams(target as Record<string, string>).toString();
  const headers: Record<string, string> = { ...bearer(user), 'content-type': options.contentType ?? 'application/octet-stream' };
  if (options.length !== undefined) headers['content-length'] = String(options.length);
  const response = await fetch(`${server.url}/api/deals/${dealId}/files/uploads/${options.uploadId ?? randomUUID()}?${query}`, {
    method: 'PUT',
    headers,
    body: body as BodyInit,
    duplex: 'half',
  } as RequestInit);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as FileView & { error?: string; message?: string } };
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A small but real PDF (one empty page). */
export function pdfBytes(label = 'Term sheet'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${label}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** The start of a Windows program (MZ header pointing at a PE signature). */
export function exeBytes(): Buffer {
  const bytes = Buffer.alloc(1024);
  bytes.write('MZ');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

export const EVERYONE_VIEWS_ONLY = (world: DataRoomWorld): FolderAccess => ({
  view: [{ kind: 'org', orgId: world.makerOrgId }, { kind: 'org', orgId: world.certifierOrgId }, { kind: 'advisers' }, { kind: 'managers' }],
  download: [],
  upload: [{ kind: 'org', orgId: world.makerOrgId }],
});
