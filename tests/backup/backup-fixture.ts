// A store filled through the real app for the backup round trip: two organisations, listings and
// their match taken to mutual interest, a deal room with dossier, key-fact and board edits, a
// comment thread, a named version and the activity they leave, plus a shared note and data-room
// files (one large enough to span many backup lines, one with two versions).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import type { Store, StoredRecord } from '../../server/store/index.ts';
import { readTerms, sectionFragmentName } from '../../shared/deal-docs.ts';
import type { DealDetail } from '../../shared/schemas/deals.ts';
import type { ListingMatch } from '../../shared/schemas/matches.ts';
import { createNote, registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { connectClient } from '../helpers/yjs-clients.ts';
import { loadStoredDoc } from '../faults/stored-doc.ts';
import { createFolder, pdfBytes, sha256, uploadFile } from '../dataroom/dataroom-world.ts';
import { addDealMember, openDeal, sectionText, settled, termWording } from '../deals/deal-helpers.ts';
import { CERTIFIER, call, createListing, createOrg, needFor, offerFor } from '../listings/marketplace-helpers.ts';

/** Who filled the store and the documents they wrote, for the checks after a restore. */
export interface FilledStore {
  owner: TestUser;
  deal: DealDetail;
  noteDoc: string;
  needId: string;
  /** The data-room files uploaded, with the SHA-256 of what each download must give back. */
  files: { id: string; version: number; sha256: string }[];
}

async function matchedPair(server: TestServer, maker: TestUser, certifier: TestUser): Promise<string[]> {
  const makerOrg = await createOrg(server.url, maker);
  const certifierOrg = await createOrg(server.url, certifier, CERTIFIER);
  const need = await createListing(server.url, maker, needFor(makerOrg.id));
  const offer = await createListing(server.url, certifier, offerFor(certifierOrg.id));
  const ranked = await call<{ matches: ListingMatch[] }>(server.url, maker, 'GET', `/api/listings/${need.id}/matches?limit=50`);
  const matchId = ranked.body.matches.find((match) => match.listing.id === offer.id)?.matchId;
  if (!matchId) throw new Error('the pair was not suggested');
  await call(server.url, maker, 'POST', `/api/matches/${matchId}/interest`);
  await call(server.url, certifier, 'POST', `/api/matches/${matchId}/interest`);
  return [makerOrg.id, certifierOrg.id, need.id, matchId];
}

async function editDealDocs(server: TestServer, owner: TestUser, deal: DealDetail): Promise<void> {
  const dossier = connectClient(server.wsUrl, deal.docs.dossier, { token: owner.token, savedNotices: true });
  const board = connectClient(server.wsUrl, deal.docs.board, { token: owner.token, savedNotices: true });
  try {
    await Promise.all([dossier.synced(), board.synced()]);
    sectionText(dossier.doc, 'risks').insert(0, 'FX exposure on RMB receipts; 人民幣收款的匯率風險。');
    dossier.doc.getMap('keyFacts').set('currency', 'HKD');
    const termId = readTerms(board.doc)[0].id;
    const wording = termWording(board.doc, termId);
    wording.insert(wording.length, ' Price review capped at CPI + 2%.');
    await settled([dossier, board]);
  } finally {
    dossier.destroy();
    board.destroy();
  }
}

async function writeNote(server: TestServer, owner: TestUser): Promise<string> {
  const { docName } = await createNote(server.url, owner, 'Qianhai landing checklist');
  const note = connectClient(server.wsUrl, docName, { token: owner.token, savedNotices: true });
  try {
    await note.synced();
    note.text.insert(0, 'Company secretary, bank account, 前海 tax incentives.');
    await settled([note]);
  } finally {
    note.destroy();
  }
  return docName;
}

async function fillDataRoom(server: TestServer, owner: TestUser, deal: DealDetail): Promise<FilledStore['files']> {
  const folder = await createFolder(server, owner, deal.id, { name: '盡職調查 Due diligence' });
  if (folder.status !== 201) throw new Error(`folder failed: ${folder.status}`);
  // Random bytes do not compress or repeat: a blob of ~15 backup lines that must come back exact.
  const large = Buffer.concat([Buffer.from('id,amount\n'), Buffer.from(randomBytes(700 * 1024).toString('hex'))]);
  const uploads: [Buffer, { folderId: string; name: string } | { fileId: string }][] = [
    [large, { folderId: folder.body.id, name: '財務數據.csv' }],
    [pdfBytes('v1'), { folderId: folder.body.id, name: 'Term sheet.pdf' }],
  ];
  const files: FilledStore['files'] = [];
  for (const [bytes, target] of uploads) {
    const stored = await uploadFile(server, owner, deal.id, target, bytes);
    if (stored.status !== 201) throw new Error(`upload failed: ${stored.status}`);
    files.push({ id: stored.body.id, version: 1, sha256: sha256(bytes) });
  }
  const second = pdfBytes('v2');
  const version = await uploadFile(server, owner, deal.id, { fileId: files[1].id }, second);
  if (version.status !== 201 && version.status !== 200) throw new Error(`new version failed: ${version.status}`);
  files.push({ id: files[1].id, version: 2, sha256: sha256(second) });
  return files;
}

/** The owner's REST views of everything filled, to compare a restored app with the original. */
export async function captureViews(server: TestServer, owner: TestUser, { deal, needId }: FilledStore): Promise<Record<string, unknown>> {
  const paths = [
    `/api/deals/${deal.id}`,
    `/api/deals/${deal.id}/comments`,
    `/api/deals/${deal.id}/activity`,
    `/api/deals/${deal.id}/versions?doc=dossier`,
    `/api/deals/${deal.id}/history?doc=board`,
    `/api/deals/${deal.id}/files`,
    `/api/listings/${needId}`,
    '/api/matches',
    '/api/orgs/mine',
  ];
  const views: Record<string, unknown> = {};
  for (const route of paths) {
    const response = await call(server.url, owner, 'GET', route);
    if (response.status !== 200) throw new Error(`GET ${route} answered ${response.status}`);
    views[route] = response.body;
  }
  return views;
}

/** Fills the running app's store through its REST API and collaboration sockets. */
export async function fillThroughApp(server: TestServer): Promise<FilledStore> {
  const [owner, certifier, adviser] = await Promise.all(['Maker Mei', 'Certifier Chan', 'Adviser Ada'].map((name) => registerUser(server.url, name)));
  const [makerOrgId, certifierOrgId, needId, matchId] = await matchedPair(server, owner, certifier);
  const deal = await openDeal(server, owner, { orgIds: [makerOrgId, certifierOrgId], matchId });
  await addDealMember(server, owner, deal.id, certifier, 'party', { orgId: certifierOrgId });
  await addDealMember(server, owner, deal.id, adviser, 'adviser');
  await editDealDocs(server, owner, deal);
  const termId = await server.app.registry.read(deal.docs.board, (shared) => readTerms(shared.doc)[0].id);
  const thread = await call(server.url, adviser, 'POST', `/api/deals/${deal.id}/comments`, { anchor: { type: 'term', termId }, body: 'Cap the review at CPI + 2%?' });
  if (thread.status !== 201) throw new Error(`comment failed: ${thread.status}`);
  const version = await call(server.url, owner, 'POST', `/api/deals/${deal.id}/versions`, { doc: 'dossier', name: 'Before the term sheet' });
  if (version.status !== 201) throw new Error(`version failed: ${version.status}`);
  const noteDoc = await writeNote(server, owner);
  const files = await fillDataRoom(server, owner, deal);
  return { owner, deal, noteDoc, needId, files };
}

/** Every record of every collection but sessions, by collection, in _id order. */
export async function dumpStore(store: Store): Promise<Record<string, StoredRecord[]>> {
  const dump: Record<string, StoredRecord[]> = {};
  for (const name of await store.listCollections()) {
    if (name === 'sessions') continue;
    const records = await store.collection<StoredRecord>(name).find({}, { sort: { _id: 1 } });
    if (records.length > 0) dump[name] = records;
  }
  return dump;
}

/** Each stored Yjs document of the store, loaded as its stored state. */
export async function storedDocs(store: Store, names: string[]): Promise<Map<string, Y.Doc>> {
  const docs = new Map<string, Y.Doc>();
  for (const name of names) docs.set(name, await loadStoredDoc(store, name));
  return docs;
}

/** What a reader sees of a dossier section. */
export function sectionContent(doc: Y.Doc, section: string): string {
  return doc.getXmlFragment(sectionFragmentName(section)).toString();
}

/** Exit code and output of one CLI run. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run backup|restore -- <file> [...]` as a user would, against the given store directory. */
export function runBackupCli(command: 'backup' | 'restore', args: string[], dataDir: string): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.MONGODB_URL;
  const child = spawn('npm', ['run', '--silent', command, '--', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}
