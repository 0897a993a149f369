// Compiles the server to plain JavaScript for `npm start`: running it under tsx costs ≈35 MB of
// resident memory (the transpiler and every module's inline source map) that a compiled server
// does not. One bundle of our own code; packages stay external and load from node_modules.
// Dynamic imports (MongoDB, scale-out, the demo) stay separate chunks, loaded only when used.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import packageJson from '../package.json' with { type: 'json' };

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where `npm start` runs the compiled server from (git-ignored). */
export const COMPILED_DIR = path.join(REPO_ROOT, 'dist-server');

/**
 * The node flags `npm start` runs the compiled server with (package.json `config.serverNodeFlags`,
 * which the start script reads as `$npm_package_config_serverNodeFlags`), so the benches and tests
 * that start it run it alike. Young-generation semi-spaces of 1 MB instead of V8's 16: start-up
 * grows them to their maximum and V8 never gives that memory back (≈10 MB of resident memory).
 */
export const SERVER_NODE_FLAGS: string[] = packageJson.config.serverNodeFlags.split(' ').filter(Boolean);

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
  const result = await build({
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
    write: false,
  });
  await Promise.all(
    result.outputFiles.map(async (file) => {
      await mkdir(path.dirname(file.path), { recursive: true });
      await writeFile(file.path, file.path.endsWith('.js') ? asciiOnly(file.text, file.path) : file.contents);
    }),
  );
  return path.join(outDir, `${path.basename(entry, '.ts')}.js`);
}

/**
 * esbuild escapes non-ASCII characters in strings, not in regular expressions or comments; one
 * Chinese phrase in a pattern makes V8 keep that whole chunk's source as a two-byte string (≈1 MB
 * more heap). `\uXXXX` per UTF-16 unit means the same inside a pattern (with or without the u flag)
 * and a comment. Source-map columns on those few lines move by the escapes' length. A non-ASCII
 * character escaped by a backslash (`\’` in a pattern) would change meaning, so it stops the build.
 */
function asciiOnly(code: string, file: string): string {
  const escaped = /\\[^\x00-\x7f]/.exec(code);
  if (escaped) throw new Error(`${file}: a backslash before a non-ASCII character at offset ${escaped.index}; write it unescaped`);
  return code.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await compileServer();
