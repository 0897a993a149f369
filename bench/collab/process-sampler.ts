// Samples a child process's resident memory and CPU time from /proc (Linux only).
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { ProcessUsage } from './types.ts';

const SAMPLE_INTERVAL_MS = 250;

/** Usage of a process that was never sampled. */
export const NO_USAGE: ProcessUsage = {
  startRssMb: Number.NaN,
  peakRssMb: Number.NaN,
  connectCpuSeconds: Number.NaN,
  cpuSeconds: Number.NaN,
  samples: 0,
};

function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    // getconf missing: 100 is the value on every mainstream Linux build.
    return 100;
  }
}

/** Resident set size in kB from /proc/<pid>/status. */
export function readRssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const line = status.split('\n').find((entry) => entry.startsWith('VmRSS:'));
  return line ? Number(line.split(/\s+/)[1]) : 0;
}

/** utime + stime in clock ticks from /proc/<pid>/stat (fields 14 and 15). */
function readCpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; fields after it start past the last ')'.
  const fieldsAfterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const userTicks = Number(fieldsAfterName[11]);
  const systemTicks = Number(fieldsAfterName[12]);
  return userTicks + systemTicks;
}

/** CPU time (user + system) the process has used so far, in milliseconds. */
export function readCpuMs(pid: number): number {
  return (readCpuTicks(pid) * 1000) / clockTicksPerSecond();
}

/** Samples every 250 ms from start() until stop(); CPU is counted from start(), split at markLoadStart(). */
export class ProcessSampler {
  private readonly ticksPerSecond = clockTicksPerSecond();
  private timer: NodeJS.Timeout | undefined;
  private startTicks = 0;
  private markTicks: number | undefined;
  private lastTicks = 0;
  private startRssKb = 0;
  private peakRssKb = 0;
  private samples = 0;

  constructor(private readonly pid: number) {}

  start(): void {
    this.startTicks = readCpuTicks(this.pid);
    this.lastTicks = this.startTicks;
    this.sample();
    this.startRssKb = this.peakRssKb;
    this.timer = setInterval(() => this.sample(), SAMPLE_INTERVAL_MS);
  }

  /** Splits CPU time here: before it counts as connecting, after it as load. */
  markLoadStart(): void {
    this.sample();
    this.markTicks = this.lastTicks;
  }

  stop(): ProcessUsage {
    if (this.timer === undefined) return NO_USAGE;
    clearInterval(this.timer);
    this.sample();
    const markTicks = this.markTicks ?? this.startTicks;
    return {
      startRssMb: this.startRssKb / 1024,
      peakRssMb: this.peakRssKb / 1024,
      connectCpuSeconds: (markTicks - this.startTicks) / this.ticksPerSecond,
      cpuSeconds: (this.lastTicks - markTicks) / this.ticksPerSecond,
      samples: this.samples,
    };
  }

  private sample(): void {
    try {
      this.peakRssKb = Math.max(this.peakRssKb, readRssKb(this.pid));
      this.lastTicks = readCpuTicks(this.pid);
      this.samples += 1;
    } catch {
      // The process has exited; keep the figures gathered so far.
    }
  }
}
