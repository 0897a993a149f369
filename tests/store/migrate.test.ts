// migrate:store: an old NeDB DATA_DIR, written line by line as NeDB did, moves onto SQLite once,
// with every live record (dates intact), the old files kept aside, and the blobs untouched.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, EmbeddedStore, LEGACY_FOLDER, LegacyDataDirError, migrateDataDir, openLegacyCopy } from '../../server/store/index.ts';
import { makeTempDir } from '../helpers/test-server.ts';

const lines = (...records: object[]) => records.map((record) => `${JSON.stringify(record)}\n`).join('');
const at = Date.UTC(2024, 4, 1);

async function writeNedbDir(dataDir: string): Promise<void> {
  await writeFile(
    path.join(dataDir, 'users.db'),
    lines(
      { _id: 'u1', email: 'ana@example.com', createdAt: { $$date: at } },
      { _id: 'u2', email: 'bo@example.com', createdAt: { $$date: at } },
      { $$indexCreated: { fieldName: 'email', unique: true } },
      { _id: 'u1', email: 'ana@example.org', createdAt: { $$date: at } },
      { $$deleted: true, _id: 'u2' },
      { _id: 'u3', email: 'cai@example.com', tags: ['a'] },
    ) + '{"_id":"u4","email":"torn@exa',
  );
  await writeFile(path.join(dataDir, 'empty.db'), '');
  await mkdir(path.join(dataDir, 'files'));
  await writeFile(path.join(dataDir, 'files', 'blob'), 'data-room bytes');
}

describe('npm run migrate:store', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('superconnector-migrate-');
    await writeNedbDir(dataDir);
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('moves every live record over, keeps the old datafiles aside and the blobs in place, and is idempotent', async () => {
    await expect(EmbeddedStore.open(dataDir)).rejects.toBeInstanceOf(LegacyDataDirError);
    const report = await migrateDataDir(dataDir);
    expect(report.collections).toEqual([
      { collection: 'empty', records: 0, tornTail: false },
      { collection: 'users', records: 2, tornTail: true },
    ]);
    expect((await readdir(path.join(dataDir, LEGACY_FOLDER))).sort()).toEqual(['empty.db', 'users.db']);
    expect(await readFile(path.join(dataDir, 'files', 'blob'), 'utf8')).toBe('data-room bytes');

    const store = await EmbeddedStore.open(dataDir);
    const users = store.collection<{ _id: string; email: string; createdAt?: Date }>('users');
    expect(await users.find({}, { sort: { _id: 1 } })).toEqual([
      { _id: 'u1', email: 'ana@example.org', createdAt: new Date(at) },
      { _id: 'u3', email: 'cai@example.com', tags: ['a'] },
    ]);
    await users.insertOne({ _id: 'u5', email: 'after@example.com' });
    await store.close();

    expect((await migrateDataDir(dataDir)).status).toBe('nothing-to-migrate');
    const reopened = await EmbeddedStore.open(dataDir);
    expect(await reopened.collection('users').count({})).toBe(3);
    await reopened.close();
  });

  it('refuses a folder a running process holds, and changes nothing', async () => {
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      await writeFile(path.join(dataDir, 'LOCK'), String(holder.pid));
      await expect(migrateDataDir(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
      expect(await readdir(dataDir)).toContain('users.db');
      expect(await readdir(dataDir)).not.toContain('store.sqlite');
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('refuses a datafile corrupted before its last line', async () => {
    await writeFile(path.join(dataDir, 'users.db'), `not json\n${lines({ _id: 'u1' })}`);
    await expect(migrateDataDir(dataDir)).rejects.toThrow(/line 1/);
    expect(await readdir(dataDir)).toContain('users.db');
  });

  it('reads an unmigrated folder through a temporary copy for backup, leaving it as it was', async () => {
    const copy = await openLegacyCopy(dataDir);
    expect(await copy.collection('users').count({})).toBe(2);
    expect(await copy.listCollections()).toEqual(['empty', 'users']);
    await copy.close();
    expect((await readdir(dataDir)).sort()).toEqual(['empty.db', 'files', 'users.db']);
  });
});
