// Figures bench:scale records, shared by its runners and its report.
import type { LoadResult, ProcessUsage } from '../collab/types.ts';

/** N instances × C clients on one document, spread round-robin over the instances. */
export interface CrowdRun {
  instances: number;
  /** False for the baseline: one instance without REDIS_URL (no scale-out code runs). */
  redis: boolean;
  clientsPerDocument: number;
  editsPerSecondPerClient: number;
  durationSeconds: number;
  load: LoadResult | null;
  /** One per instance, in start order. */
  usage: ProcessUsage[];
  error?: string;
}

/** Many documents with a pair of clients each on one instance, then left idle. */
export interface ManyDocsRun {
  documents: number;
  /** Whether the instance ran with REDIS_URL (each open document then holds a subscription). */
  redis: boolean;
  clientsPerDocument: number;
  /** RSS before any client, and at the peak with every document open. */
  startRssMb: number;
  peakRssMb: number;
  /** (peak − start) / documents: a document with its two connections. */
  memoryPerDocumentKb: number;
  connectSeconds: number;
  connectFailures: number;
  /** From the last client leaving until the server reported no open document. */
  unloadSeconds: number | null;
  /** The configured idle grace period, which the unload time includes. */
  idleGraceSeconds: number;
  rssAfterUnloadMb: number;
  error?: string;
}
