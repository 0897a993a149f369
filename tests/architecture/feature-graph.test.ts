// The server's import graph at the level of features: each top-level folder of server/ is one
// node, each file at its root (app.ts, config.ts, logger.ts …) another. No two features may
// depend on each other, directly or around a longer loop; one feature reaches another only
// through its index.ts; and only the composition root (app.ts and server/wiring) may reach into
// server/wiring. Read with madge, so it follows real imports.
import path from 'node:path';
import madge from 'madge';
import { beforeAll, describe, expect, it } from 'vitest';

const SERVER = path.resolve('server');
const COMPOSITION_ROOT = new Set(['app.ts', 'wiring']);

/** The node a file of server/ belongs to: its top-level folder, or the file itself at the root. */
function nodeOf(file: string): string {
  return file.split('/')[0];
}

/** Every server file with the server files it imports (paths relative to server/). */
async function fileImports(): Promise<Record<string, string[]>> {
  return (await madge(SERVER, { fileExtensions: ['ts'] })).obj();
}

function featureGraph(files: Record<string, string[]>): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [from, imports] of Object.entries(files)) {
    const source = nodeOf(from);
    const targets = graph.get(source) ?? new Set<string>();
    for (const target of imports.map(nodeOf)) if (target !== source) targets.add(target);
    graph.set(source, targets);
  }
  return graph;
}

/** Strongly connected components with more than one node (Tarjan), each sorted. */
function loops(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** Imports from a file inside one feature folder into another feature's files other than its index.ts. */
function internalReaches(files: Record<string, string[]>): string[] {
  const inFolder = (file: string) => file.includes('/') && !file.startsWith('..');
  return Object.entries(files).flatMap(([from, imports]) =>
    imports
      .filter((to) => inFolder(from) && inFolder(to) && nodeOf(from) !== nodeOf(to) && to !== `${nodeOf(to)}/index.ts`)
      .map((to) => `${from} → ${to}`),
  );
}

describe('server feature graph', () => {
  let files: Record<string, string[]>;
  let graph: Map<string, Set<string>>;

  beforeAll(async () => {
    files = await fileImports();
    graph = featureGraph(files);
  });

  it('lets one feature reach another only through its index.ts', () => {
    expect(internalReaches(files)).toEqual([]);
  });

  it('has no feature⇄feature import cycles', () => {
    expect(graph.size).toBeGreaterThan(20);
    expect(loops(graph)).toEqual([]);
  });

  it('lets only the composition root reach into server/wiring', () => {
    const reaching = [...graph].filter(([node, targets]) => targets.has('wiring') && !COMPOSITION_ROOT.has(node)).map(([node]) => node);
    expect(reaching).toEqual([]);
  });

  it('finds a loop when there is one', () => {
    const looping = new Map([
      ['deals', new Set(['pipeline'])],
      ['pipeline', new Set(['dashboard'])],
      ['dashboard', new Set(['deals'])],
      ['notes', new Set(['deals'])],
    ]);
    expect(loops(looping)).toEqual([['dashboard', 'deals', 'pipeline']]);
  });
});
