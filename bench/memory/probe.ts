// Runs a server script in this process and, on SIGUSR2, collects garbage and prints its memory
// as one `[memory] {...}` line on stdout, so the bench reads heap as well as RSS (run with --expose-gc).
import { pathToFileURL } from 'node:url';
import { MEMORY_LINE } from './memory-line.ts';

process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  process.stdout.write(`${MEMORY_LINE}${JSON.stringify({ rss, heapUsed, external, arrayBuffers })}\n`);
});

const script = process.argv[2];
if (!script) throw new Error('usage: node --expose-gc probe.js <server script>');
// The server reads process.argv only through its own configuration; drop the probe's argument.
process.argv.splice(2, 1);
await import(pathToFileURL(script).href);
