// Builds the client once before the run when the browser tests will need it and it is stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const CLIENT_DIRS = ['client', 'shared'];

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function clientIsStale(): boolean {
  const index = path.resolve('dist/index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return CLIENT_DIRS.some((dir) => existsSync(dir) && newestSourceTime(dir) > built) || statSync('vite.config.ts').mtimeMs > built;
}

export default async function setup(): Promise<void> {
  if (!existsSync('client/index.html') || !clientIsStale()) return;
  await build({ logLevel: 'warn' });
}
