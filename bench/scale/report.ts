// The printed bench:scale report: one table for the crowd runs, a few lines for many documents.
import { fixed } from '../collab/format-number.ts';
import type { CrowdRun, ManyDocsRun } from './types.ts';

const COLUMNS = ['instances', 'clients/doc', 'edits/s/client', 'updates/s', 'p50 ms', 'p99 ms', 'lost', 'converged', 'RSS MB per instance', 'CPU s per instance'];

function perInstance(values: number[], digits: number): string {
  return values.map((value) => fixed(value, digits)).join(' / ');
}

function rowOf(run: CrowdRun): string[] {
  const { load } = run;
  return [
    run.redis ? String(run.instances) : '1, no Redis',
    String(run.clientsPerDocument),
    fixed(run.editsPerSecondPerClient, 2),
    fixed(load?.deliveredPerSecond, 0),
    fixed(load?.latency.p50, 1),
    fixed(load?.latency.p99, 1),
    load ? String(load.editsLost) : '–',
    load ? `${load.documentsConverged}/${load.documentsTotal}` : '–',
    perInstance(run.usage.map((usage) => usage.peakRssMb), 0),
    perInstance(run.usage.map((usage) => usage.cpuSeconds), 1),
  ];
}

export function formatTable(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const format = (row: string[]): string => row.map((cell, column) => cell.padStart(widths[column])).join('  ');
  return [format(rows[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(format)].join('\n');
}

function crowdRemarks(run: CrowdRun): string[] {
  const label = `${run.redis ? run.instances : '1 without Redis'} × ${run.clientsPerDocument}`;
  if (run.error) return [`${label}: failed: ${run.error}`];
  const load = run.load;
  if (!load) return [];
  const saves = load.saveLatency ? `, saved notice p50 ${fixed(load.saveLatency.p50, 1)} ms / p99 ${fixed(load.saveLatency.p99, 1)} ms, never saved ${load.editsNeverSaved}` : '';
  const errors = load.clientErrors.length > 0 ? `; first client error: ${load.clientErrors[0]}` : '';
  return [
    `${label}: deliveries ${load.deliveries}/${load.expectedDeliveries}, connect ${fixed(load.connectSeconds, 1)} s (${load.connectFailures} failed), ` +
      `generator lag p99 ${fixed(load.generator.eventLoopDelayP99Ms, 1)} ms${saves}${errors}`,
  ];
}

/** The crowd table with its remarks. */
export function formatCrowd(runs: CrowdRun[]): string {
  return [formatTable([COLUMNS, ...runs.map(rowOf)]), ...runs.flatMap(crowdRemarks)].join('\n');
}

export function formatManyDocs(run: ManyDocsRun): string {
  if (run.error) return `${run.documents} documents × ${run.clientsPerDocument} clients: failed: ${run.error}`;
  return [
    `${run.documents} open documents × ${run.clientsPerDocument} clients on one instance ${run.redis ? 'with' : 'without'} REDIS_URL:`,
    `  RSS ${fixed(run.startRssMb, 0)} MB before clients → ${fixed(run.peakRssMb, 0)} MB peak: ${fixed(run.memoryPerDocumentKb, 1)} kB per open document (with its 2 connections)`,
    `  connect ${fixed(run.connectSeconds, 1)} s, ${run.connectFailures} failed`,
    `  unloaded ${run.unloadSeconds === null ? 'NOT within the timeout' : `${fixed(run.unloadSeconds, 1)} s`} after the clients left ` +
      `(idle grace ${run.idleGraceSeconds} s included); RSS afterwards ${fixed(run.rssAfterUnloadMb, 0)} MB`,
  ].join('\n');
}
