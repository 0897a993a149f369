// Compiles the server to plain JavaScript for `npm start`: running it under tsx costs ≈35 MB of
// resident memory (the transpiler and every module's inline source map) that a compiled server
// does not. One bundle of our own code; packages stay external and load from node_modules.
// Dynamic imports (MongoDB, scale-out, the demo) stay separate chunks, loaded only when used.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where `npm start` runs the compiled server from (git-ignored). */
export const COMPILED_DIR = path.join(REPO_ROOT, 'dist-server');

/** Bundles server/index.ts into `outDir/index.js`. */
export function compileServer(outDir: string = COMPILED_DIR): Promise<string> {
  return compileEntry('server/index.ts', outDir);
}

/**
 * Bundles one entry (relative to `root`, this repository unless another checkout is named) into
 * `outDir/<its name>.js`, the way the server is compiled (the benches run their peer servers and
 * older releases like this too). `outDir` must lie inside `root` so the bundle's bare imports
 * resolve to its node_modules.
 */
export async function compileEntry(entry: string, outDir: string, root: string = REPO_ROOT): Promise<string> {
  await build({
    entryPoints: [path.join(root, entry)],
    outdir: outDir,
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    // Error classes and loggers read `.name`; bundling would otherwise rename clashing ones.
    keepNames: true,
    // Maps are written beside the bundle, not enabled: `NODE_OPTIONS=--enable-source-maps` when wanted.
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return path.join(outDir, `${path.basename(entry, '.ts')}.js`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await compileServer();
