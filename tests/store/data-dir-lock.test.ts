import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, EmbeddedStore } from '../../server/store/index.ts';

describe('one process per embedded data folder', () => {
  let dataDir: string;
  let holder: ChildProcess | undefined;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'sc-lock-'));
  });

  afterEach(async () => {
    holder?.kill('SIGKILL');
    holder = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a folder another living process holds, naming that process', async () => {
    holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await writeFile(path.join(dataDir, 'LOCK'), String(holder.pid));
    const opening = EmbeddedStore.open(dataDir);
    await expect(opening).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(opening).rejects.toThrow(String(holder.pid));
  });

  it('takes over the lock of a process that died without releasing it', async () => {
    const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => dead.once('exit', resolve));
    await writeFile(path.join(dataDir, 'LOCK'), String(dead.pid));
    const store = await EmbeddedStore.open(dataDir);
    expect(await readFile(path.join(dataDir, 'LOCK'), 'utf8')).toBe(String(process.pid));
    await store.close();
  });

  it('holds the folder while open and gives it back on close', async () => {
    const store = await EmbeddedStore.open(dataDir);
    await store.collection<{ _id: string }>('things').insertOne({ _id: 'a' });
    expect(await readFile(path.join(dataDir, 'LOCK'), 'utf8')).toBe(String(process.pid));
    await store.close();
    await expect(readFile(path.join(dataDir, 'LOCK'), 'utf8')).rejects.toThrow(/ENOENT/);
    const reopened = await EmbeddedStore.open(dataDir);
    expect(await reopened.listCollections()).toContain('things');
    await reopened.close();
  });
});
