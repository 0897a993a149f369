// `npm run bench:open`: a B4-sized note (≈104k characters typed in ≈6,200 bursts, as the note
// editor stores it) opened cold on a freshly started compiled server by a y-websocket client, and
// in Chromium by hash change and by page load, cold and warm; stored as its typed log and
// compacted. Prints a table, writes bench/results/open-<iso>.json.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { builtClientDir, launchChromium } from '../../tests/browser/chromium.ts';
import { B4_CHARACTERS } from '../store/b4-document.ts';
import { measureVariant, type VariantRun } from './opens.ts';
import { prepareNotes, VARIANTS, type PreparedNotes, type Variant } from './prepare.ts';
import { figures, printTable } from './report.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, quick: { type: 'boolean', default: false }, characters: { type: 'string', default: String(B4_CHARACTERS) } } });
const runs = values.quick ? 1 : Number(values.runs);
const characters = Number(values.characters);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, 1 or more');
if (!Number.isInteger(characters) || characters < 100) throw new Error('--characters takes a whole number, 100 or more');
const clientDir = builtClientDir();

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
const workDir = await mkdtemp(path.join(os.tmpdir(), 'bench-open-'));
const browser = await launchChromium();
const runsByVariant = new Map<Variant, VariantRun[]>(VARIANTS.map((variant) => [variant, []]));
let prepared: PreparedNotes;
try {
  const templateDir = path.join(workDir, 'template');
  prepared = await prepareNotes(repoRoot, templateDir, characters, controller.signal);
  process.stdout.write(`bench:open in ${workDir}: a note of ${prepared.characters} characters, ${prepared.paragraphs} paragraphs, ${prepared.updates} typed updates; ${runs} run(s) × ${VARIANTS.join(', ')}\n`);
  for (let run = 0; run < runs; run += 1) {
    for (const variant of VARIANTS) {
      const result = await measureVariant({ repoRoot, prepared, workDir, clientDir, browser, signal: controller.signal }, variant, run);
      runsByVariant.get(variant)?.push(result);
      process.stdout.write(`  run ${run + 1} ${variant}: sync ${result.server.ms.toFixed(0)} ms, hash ${result.hash.cold.paintMs.toFixed(0)}/${result.hash.warm.paintMs.toFixed(0)} ms, load ${result.load.cold.paintMs.toFixed(0)}/${result.load.warm.paintMs.toFixed(0)} ms (cold/warm)\n`);
    }
  }
} finally {
  await browser.close();
  await rm(workDir, { recursive: true, force: true });
}

const rows = VARIANTS.flatMap((variant) => figures(variant, runsByVariant.get(variant) ?? []));
printTable(rows, runs);
const commit = execFileSync('git', ['-C', repoRoot, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const out = path.join(repoRoot, 'bench/results', `open-${new Date().toISOString().replaceAll(':', '-')}.json`);
await mkdir(path.dirname(out), { recursive: true });
const note = { characters: prepared.characters, paragraphs: prepared.paragraphs, updates: prepared.updates };
await writeFile(out, JSON.stringify({ commit, node: process.version, loadAverage: os.loadavg(), cpus: os.cpus().length, runs, note, figures: rows, samples: Object.fromEntries(runsByVariant) }, null, 2));
process.stdout.write(`\nJSON: ${path.relative(repoRoot, out)} (commit ${commit}, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')})\n`);
