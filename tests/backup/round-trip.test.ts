// Backup and restore through the real CLI: a store filled through the app is backed up, restored
// into a fresh embedded store elsewhere, and the app started on it shows every record, every
// Yjs document and every data-room file's bytes unchanged; a tampered or truncated file and a
// non-empty target are refused.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EmbeddedStore, type Store } from '../../server/store/index.ts';
import { readTerms } from '../../shared/deal-docs.ts';
import { bearer, postJson, STRONG_PASSWORD, type TestUser } from '../helpers/api.ts';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { connectClient, type CollabClient } from '../helpers/yjs-clients.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { sha256 } from '../dataroom/dataroom-world.ts';
import { captureViews, dumpStore, fillThroughApp, runBackupCli, sectionContent, storedDocs, type FilledStore } from './backup-fixture.ts';

async function withStore<T>(dataDir: string, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await EmbeddedStore.open(dataDir);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

async function signIn(server: TestServer, user: TestUser): Promise<TestUser> {
  const response = await postJson(`${server.url}/api/auth/login`, { email: user.user.email, password: STRONG_PASSWORD });
  expect(response.status).toBe(200);
  return { ...user, ...((await response.json()) as { token: string }) };
}

// Members added in the same millisecond tie on addedAt, and the app leaves their order to the store.
function withMembersById(view: unknown): unknown {
  const members = (view as { members?: { userId: string }[] } | null)?.members;
  if (!members) return view;
  return { ...(view as object), members: [...members].sort((a, b) => a.userId.localeCompare(b.userId)) };
}

describe('backup and restore', () => {
  const dirs: string[] = [];
  let sourceDir: string;
  let filled: FilledStore;
  let views: Record<string, unknown>;
  let backupFile: string;
  let docNames: string[];

  const tempDir = async () => {
    const dir = await makeTempDir('superconnector-backup-');
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    const source = await startTestServer();
    sourceDir = source.dataDir;
    dirs.push(sourceDir);
    filled = await fillThroughApp(source);
    await source.close({ keepData: true });
    // Views are read from a restart, after the shutdown's automatic versions are written.
    const reopened = await startTestServer({ dataDir: sourceDir });
    views = await captureViews(reopened, await signIn(reopened, filled.owner), filled);
    await reopened.close({ keepData: true });
    backupFile = path.join(await tempDir(), 'superconnector.backup.ndjson');
    const backup = await runBackupCli('backup', [backupFile], sourceDir);
    expect(backup.stderr).not.toMatch(/refused|failed/);
    expect(backup.code).toBe(0);
    docNames = [filled.deal.docs.dossier, filled.deal.docs.board, filled.noteDoc];
  });

  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('restores every record of every collection, with Dates intact, and leaves sessions out', async () => {
    const targetDir = await tempDir();
    const restore = await runBackupCli('restore', [backupFile], targetDir);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/Restored \d+ records/);

    const original = await withStore(sourceDir, dumpStore);
    const restored = await withStore(targetDir, async (store) => {
      expect(await store.collection('sessions').count({})).toBe(0);
      return dumpStore(store);
    });
    for (const name of ['users', 'orgs', 'memberships', 'listings', 'matches', 'deals', 'deal_members', 'deal_comments', 'deal_threads', 'deal_versions', 'activity', 'notes', 'ydoc_updates', 'ydoc_authors', 'dataroom_files']) {
      expect(original[name]?.length, `${name} filled by the app`).toBeGreaterThan(0);
    }
    expect(Object.keys(restored)).toEqual(Object.keys(original));
    expect(restored).toEqual(original);
    expect((restored.users[0] as unknown as { createdAt: unknown }).createdAt).toBeInstanceOf(Date);
  });

  it('starts the app on the restored store with the same views and every document unchanged', async () => {
    const targetDir = await tempDir();
    expect((await runBackupCli('restore', [backupFile], targetDir)).code).toBe(0);
    const before = await withStore(sourceDir, (store) => storedDocs(store, docNames));
    const server = await startTestServer({ dataDir: targetDir });
    const clients: CollabClient[] = [];
    try {
      const owner = await signIn(server, filled.owner);
      for (const [route, view] of Object.entries(views)) {
        const response = await call(server.url, owner, 'GET', route);
        expect(withMembersById(response.body), route).toEqual(withMembersById(view));
      }
      for (const name of docNames) {
        const client = connectClient(server.wsUrl, name, { token: owner.token });
        clients.push(client);
        await client.synced();
        const original = before.get(name) as Y.Doc;
        expect(Y.equalSnapshots(Y.snapshot(client.doc), Y.snapshot(original)), name).toBe(true);
      }
      for (const file of filled.files) {
        const response = await fetch(`${server.url}/api/deals/${filled.deal.id}/files/${file.id}/download?version=${file.version}`, { headers: bearer(owner) });
        expect(response.status, `${file.id} v${file.version}`).toBe(200);
        expect(sha256(Buffer.from(await response.arrayBuffer())), `${file.id} v${file.version}`).toBe(file.sha256);
      }
      const [dossier, board, note] = clients;
      expect(sectionContent(dossier.doc, 'risks')).toContain('FX exposure on RMB receipts; 人民幣收款的匯率風險。');
      expect(sectionContent(dossier.doc, 'risks')).toBe(sectionContent(before.get(docNames[0]) as Y.Doc, 'risks'));
      expect(dossier.doc.getMap('keyFacts').toJSON()).toEqual((before.get(docNames[0]) as Y.Doc).getMap('keyFacts').toJSON());
      expect(readTerms(board.doc)).toEqual(readTerms(before.get(docNames[1]) as Y.Doc));
      expect(readTerms(board.doc)[0].wording).toContain('Price review capped at CPI + 2%.');
      expect(note.text.toString()).toBe('Company secretary, bank account, 前海 tax incentives.');
    } finally {
      for (const client of clients) client.destroy();
      await server.close({ keepData: true });
    }
  });

  it('refuses a tampered file and a truncated one, and writes nothing', async () => {
    const targetDir = await tempDir();
    const text = await readFile(backupFile, 'utf8');
    const tampered = path.join(path.dirname(backupFile), 'tampered.ndjson');
    await writeFile(tampered, text.replace('"name":"Maker Mei"', '"name":"Maker Mai"'));
    expect(text).toContain('"name":"Maker Mei"');
    const refused = await runBackupCli('restore', [tampered], targetDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('checksum mismatch');

    const truncated = path.join(path.dirname(backupFile), 'truncated.ndjson');
    await writeFile(truncated, text.slice(0, Math.floor(text.length * 0.6)));
    const cut = await runBackupCli('restore', [truncated], targetDir);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/trailer|incomplete/);
    expect(await withStore(targetDir, dumpStore)).toEqual({});
    const blobs = await readdir(path.join(targetDir, 'files')).catch(() => []);
    expect(blobs.filter((name) => /^[0-9a-f]{64}$/.test(name))).toEqual([]);
  });

  it('refuses to restore into a store that holds records, and replaces it with --force', async () => {
    const targetDir = await tempDir();
    await withStore(targetDir, (store) => store.collection('orgs').insertOne({ _id: 'stray-org' }));
    const refused = await runBackupCli('restore', [backupFile], targetDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already holds records (orgs)');
    expect(await withStore(targetDir, async (store) => store.collection('orgs').count({}))).toBe(1);

    const forced = await runBackupCli('restore', [backupFile, '--force'], targetDir);
    expect(forced.code).toBe(0);
    expect(await withStore(targetDir, dumpStore)).toEqual(await withStore(sourceDir, dumpStore));
  });
});
