// An unmigrated NeDB DATA_DIR: `npm start` (server/index.ts) and `npm run demo` refuse it with one
// readable paragraph naming the migrate command, exit 1, leave the folder as it was, and print no stack.
import { spawn } from 'node:child_process';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/test-server.ts';

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(entry: string, dataDir: string): Promise<Outcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('an unmigrated NeDB data folder', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  for (const [command, entry] of [['npm start', 'server/index.ts'], ['npm run demo', 'server/demo/run.ts']] as const) {
    it(`is refused by ${command} with the migrate command, not a stack trace`, async () => {
      const dataDir = await makeTempDir();
      dirs.push(dataDir);
      await writeFile(path.join(dataDir, 'users.db'), '{"_id":"u1","email":"old@example.com"}\n');
      const before = (await readdir(dataDir)).sort();

      const outcome = await run(path.resolve(entry), dataDir);
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toContain(`npm run migrate:store -- ${dataDir}`);
      expect(outcome.stderr).toContain('NeDB');
      expect(outcome.stderr + outcome.stdout).not.toMatch(/^\s+at /m);
      expect(outcome.stderr).not.toContain('LegacyDataDirError');
      expect((await readdir(dataDir)).sort()).toEqual(before);
    });
  }
});
