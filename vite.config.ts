// Builds the Svelte client from client/ into dist/ (served by the server); in dev, proxies the
// API, Socket.IO and the collaboration socket to the server on port 3000.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const SERVER = 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [svelte({ configFile: false })],
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
