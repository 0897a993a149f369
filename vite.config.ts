// Builds the Svelte client from client/ into dist/ (served by the server); in dev, proxies the
// API, Socket.IO and the collaboration socket to the server on port 3000.
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

const SERVER = 'http://localhost:3000';

/** The data pdf.js fetches at run time (CMaps for CJK text, standard fonts, wasm image decoders). */
const PDFJS_DATA = ['cmaps', 'standard_fonts', 'wasm'];

/** Serves pdf.js's data under /pdfjs/ from our own origin: copied into the build, served by the dev server. */
function pdfjsData(): Plugin {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    name: 'pdfjs-data',
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const [folder, file, ...rest] = (req.url ?? '').split('?')[0].split('/').filter(Boolean);
        const found = rest.length === 0 && PDFJS_DATA.includes(folder) && file && path.join(root, folder, path.basename(file));
        if (!found || !existsSync(found)) return next();
        createReadStream(found).pipe(res);
      });
    },
    generateBundle() {
      for (const folder of PDFJS_DATA) {
        for (const file of readdirSync(path.join(root, folder))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${file}`, source: readFileSync(path.join(root, folder, file)) });
        }
      }
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [svelte({ configFile: false }), pdfjsData()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The lazily loaded editor chunk (TipTap, ProseMirror, Yjs) is ~510 kB, ~160 kB gzipped.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // Host is kept (no changeOrigin): the server accepts cookie-authenticated writes, sockets
    // and upgrades only when Origin matches Host, and the browser's Origin is the dev server.
    proxy: {
      '/api': { target: SERVER, changeOrigin: false },
      '/socket.io': { target: SERVER, ws: true, changeOrigin: false },
      '/collab': { target: SERVER, ws: true, changeOrigin: false },
    },
  },
});
