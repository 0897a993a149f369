// `npx tsx bench/collab/profile-summary.ts <file.cpuprofile> [--top N] [--skip S]`: self time of a
// V8 CPU profile (node --cpu-prof, e.g. from `bench:collab --cpu-prof`) by function and by
// package/file, so a profile can be read without DevTools. `--skip S` leaves out the first S seconds
// (start-up and setup), idle time is left out of the percentages.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/<pkg>` for dependencies, the repo-relative path for our own files, node internals as they are. */
function ownerOf(url: string): string {
  if (url === '') return '(native)';
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1];
  const ours = /\/((?:server|shared|bench)\/.*)$/.exec(url);
  return ours ? ours[1] : url.replace(/^file:\/\//, '');
}

/** Self time per node id from `skipMicros` into the profile on. */
function selfTimes(profile: CpuProfile, skipMicros: number): Map<number, number> {
  const self = new Map<number, number>();
  let elapsed = 0;
  profile.samples.forEach((nodeId, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    elapsed += delta;
    if (elapsed >= skipMicros) self.set(nodeId, (self.get(nodeId) ?? 0) + delta);
  });
  return self;
}

function top(totals: Map<string, number>, all: number, count: number): string[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, micros]) => `${((100 * micros) / all).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`);
}

function summarise(file: string, count: number, skipSeconds: number): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let all = 0;
  for (const [nodeId, micros] of selfTimes(profile, skipSeconds * 1e6)) {
    const frame = byId.get(nodeId)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    const owner = ownerOf(frame.url);
    const fn = `${frame.functionName || '(anonymous)'}  ${owner}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
    all += micros;
  }
  return [`${file}: ${(all / 1e6).toFixed(2)} s busy`, '', 'self time by package / file:', ...top(byOwner, all, count), '', 'self time by function:', ...top(byFunction, all, count)].join('\n');
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, skip: { type: 'string', default: '0' } } });
if (positionals.length === 0) process.stderr.write('usage: tsx bench/collab/profile-summary.ts <file.cpuprofile>… [--top N] [--skip S]\n');
for (const file of positionals) process.stdout.write(`${summarise(file, Number(values.top), Number(values.skip))}\n\n`);
