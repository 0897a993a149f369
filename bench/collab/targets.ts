// The three servers under test: how to start each, and how its clients reach a document.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { SERVER_NODE_FLAGS } from '../../server/compile.ts';
import { prepareSuperconnector } from './superconnector-setup.ts';
import type { ServerLaunch } from './server-process.ts';
import type { ClientKind, TargetName } from './types.ts';

/** What clients need to reach a prepared server. */
export interface PreparedTarget {
  serverUrl: string;
  docNames: string[];
  token?: string;
  trackSaves: boolean;
  notes: string[];
}

export interface BenchTarget {
  name: TargetName;
  clientKind: ClientKind;
  /** Whether documents survive a restart (then the bench reads them back after one). */
  persistent: boolean;
  /** Same launch (same data directory) on every call until cleanUp(). */
  launch: () => ServerLaunch;
  prepare: (port: number, documents: number) => Promise<PreparedTarget>;
  /** Removes whatever launch() created on disk; returns remarks about it. */
  cleanUp: () => string[];
}

function numberedDocNames(documents: number): string[] {
  return Array.from({ length: documents }, (_, index) => `bench-doc-${index}`);
}

function inMemoryTarget(name: TargetName, clientKind: ClientKind, entry: string): BenchTarget {
  return {
    name,
    clientKind,
    persistent: false,
    launch: () => ({ entry, env: {} }),
    prepare: async (port, documents) => ({
      serverUrl: `ws://127.0.0.1:${port}`,
      docNames: numberedDocNames(documents),
      trackSaves: false,
      notes: [],
    }),
    cleanUp: () => [],
  };
}

function diskUsage(directory: string): string {
  try {
    return execFileSync('du', ['-sh', directory], { encoding: 'utf8' }).split('\t')[0];
  } catch {
    // du is missing or the directory is gone: the remark is optional.
    return '?';
  }
}

function superconnectorTarget(trackSaves: boolean): BenchTarget {
  let dataDir = '';
  return {
    name: 'superconnector',
    clientKind: 'y-websocket',
    persistent: true,
    launch: () => {
      dataDir ||= mkdtempSync(path.join(tmpdir(), 'superconnector-bench-'));
      // Every bench client signs in as one user, so the per-user connection limit is lifted.
      return { entry: 'server/index.ts', nodeFlags: SERVER_NODE_FLAGS, env: { DATA_DIR: dataDir, LOG_LEVEL: 'warn', HOST: '127.0.0.1', COLLAB_CONNECTIONS_PER_USER: '0' } };
    },
    prepare: async (port, documents) => {
      const startedAt = performance.now();
      const fixture = await prepareSuperconnector(`http://127.0.0.1:${port}`, documents);
      const setupSeconds = ((performance.now() - startedAt) / 1000).toFixed(1);
      const notes = [`setup (register + ${documents} notes) ${setupSeconds} s`];
      if (fixture.rateLimitedRequests > 0) notes.push(`${fixture.rateLimitedRequests} setup requests hit 429`);
      return {
        serverUrl: `ws://127.0.0.1:${port}/collab`,
        docNames: fixture.docNames,
        token: fixture.token,
        trackSaves,
        notes,
      };
    },
    cleanUp: () => {
      if (!dataDir) return [];
      const remark = `DATA_DIR after the run: ${diskUsage(dataDir)}`;
      rmSync(dataDir, { recursive: true, force: true });
      dataDir = '';
      return [remark];
    },
  };
}

/** Targets in report order. */
export function createTargets(trackSaves: boolean): BenchTarget[] {
  return [
    superconnectorTarget(trackSaves),
    inMemoryTarget('hocuspocus', 'hocuspocus', 'bench/collab/servers/hocuspocus.ts'),
    inMemoryTarget('reference', 'y-websocket', 'bench/collab/servers/reference.ts'),
  ];
}
