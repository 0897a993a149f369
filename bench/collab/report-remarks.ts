// Per-run remarks printed under a scenario's table: the figures behind the figures.
import { cpus } from 'node:os';
import { fixed } from './format-number.ts';
import type { LoadResult, TargetRun } from './types.ts';

const SHOWN_CLIENT_ERRORS = 5;
const SHOWN_SERVER_LINES = 5;

function loadRemarks(load: LoadResult): string[] {
  const remarks = [
    `connect ${fixed(load.connectSeconds, 2)} s, connect failures ${load.connectFailures}, ` +
      `disconnects after sync ${load.disconnects}`,
    `edits sent ${load.editsSent}, deliveries ${load.deliveries}/${load.expectedDeliveries}`,
    `generator CPU ${fixed(load.generator.cpuSeconds, 1)} s, ` +
      `generator event-loop lag p99 ${fixed(load.generator.eventLoopDelayP99Ms, 1)} ms`,
  ];
  if (load.saveLatency) {
    remarks.push(
      `"saved" notice after edit: p50 ${fixed(load.saveLatency.p50, 1)} ms, p99 ${fixed(load.saveLatency.p99, 1)} ms, ` +
        `max ${fixed(load.saveLatency.max, 1)} ms; edits never confirmed saved ${load.editsNeverSaved}`,
    );
  }
  return [...remarks, ...load.clientErrors.slice(0, SHOWN_CLIENT_ERRORS).map((error) => `client: ${error}`)];
}

function serverRemarks(run: TargetRun): string[] {
  const remarks = [
    `server RSS ${fixed(run.usage.startRssMb, 1)} MB before clients, ` +
      `CPU ${fixed(run.usage.connectCpuSeconds, 2)} s while clients connected`,
    `server log lines ${run.serverLogLines}, shutdown ${fixed(run.shutdownMs, 0)} ms`,
    `machine load average ${fixed(run.machineLoadAverage, 2)} on ${cpus().length} CPUs when the load ended`,
  ];
  const check = run.restartCheck;
  if (check) {
    remarks.push(
      `after restart (${fixed(check.restartSeconds, 1)} s to healthy): ${check.documentsMatching}/` +
        `${check.documentsChecked} documents match what clients converged to, ${check.documentsUnreadable} did not sync`,
    );
  }
  return [
    ...remarks,
    ...run.notes,
    ...run.serverLogTail.slice(-SHOWN_SERVER_LINES).map((line) => `server: ${line}`),
  ];
}

/** Remark lines for one run, each prefixed with the target's name. */
export function remarksOf(run: TargetRun): string[] {
  const remarks = [
    ...(run.error ? [`ERROR ${run.error}`] : []),
    ...(run.load ? loadRemarks(run.load) : []),
    ...serverRemarks(run),
  ];
  return remarks.map((remark) => `  ${run.target}: ${remark}`);
}
