// Types shared by the bench orchestrator (run.ts) and the load-generator child process.

export const TARGET_NAMES = ['superconnector', 'hocuspocus', 'reference'] as const;
/** A server under test. */
export type TargetName = (typeof TARGET_NAMES)[number];

/** Which client provider speaks to a target. */
export type ClientKind = 'y-websocket' | 'hocuspocus';

/** One load shape: D documents × C clients per document × E edits/s per client for T seconds. */
export interface Scenario {
  name: string;
  documents: number;
  clientsPerDocument: number;
  editsPerSecond: number;
  durationSeconds: number;
}

/** Where a client connects: a server (or one instance of several) and the token valid there. */
export interface Endpoint {
  serverUrl: string;
  token?: string;
}

/** Everything the load-generator child needs, sent to it as its first IPC message. */
export interface LoadConfig {
  target: TargetName;
  clientKind: ClientKind;
  /** Base URL the provider appends the document name to (y-websocket) or connects to (Hocuspocus). */
  serverUrl: string;
  docNames: string[];
  clientsPerDocument: number;
  editsPerSecond: number;
  durationSeconds: number;
  settleSeconds: number;
  /** Connections opened per second during the ramp. */
  rampPerSecond: number;
  /** Sent as `params.token` (y-websocket) or `token` (Hocuspocus) when present. */
  token?: string;
  /** Opt in to Superconnector's "saved" notice to measure time-to-durable. */
  trackSaves: boolean;
  /**
   * Several instances (bench:scale): a document's clients are spread over them round-robin, so
   * every edit crosses between instances. Absent: every client uses serverUrl and token.
   */
  endpoints?: Endpoint[];
}

/** Latency summary in milliseconds. */
export interface LatencySummary {
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

/** What the load generator measured, returned as its last IPC message. */
export interface LoadResult {
  connectSeconds: number;
  connectFailures: number;
  /** Connection closes after the initial sync (server drops, refusals). */
  disconnects: number;
  editsSent: number;
  /** Edit arrivals at peers: one edit seen by N-1 peers counts N-1. */
  deliveries: number;
  expectedDeliveries: number;
  deliveredPerSecond: number;
  editsLost: number;
  latency: LatencySummary;
  /** Documents whose clients all ended with identical state vector and text. */
  documentsConverged: number;
  documentsTotal: number;
  /** Per document (same order as docNames): SHA-256 of the converged text, or null. */
  convergedDigests: (string | null)[];
  /** Time from an edit to the server's "saved" notice covering it (Superconnector only). */
  saveLatency?: LatencySummary;
  editsNeverSaved?: number;
  clientErrors: string[];
  /** The generator's own health: if its event loop lags, latency figures include that lag. */
  generator: { cpuSeconds: number; eventLoopDelayP99Ms: number };
}

/** Server process figures sampled from /proc while the load ran. */
export interface ProcessUsage {
  /** RSS when sampling began (server started and prepared, no clients yet). */
  startRssMb: number;
  peakRssMb: number;
  /** CPU while clients connected and synced (from sampling start to all synced). */
  connectCpuSeconds: number;
  /** CPU while clients edited and settled. */
  cpuSeconds: number;
  samples: number;
}

/** One row of the report: a target under one scenario. */
export interface TargetRun {
  target: TargetName;
  load: LoadResult | null;
  usage: ProcessUsage;
  serverLogLines: number;
  serverLogTail: string[];
  shutdownMs: number;
  /** 1-minute load average of the machine when the load ended: above the CPU count, figures are noisy. */
  machineLoadAverage: number;
  /** Persistent targets only: the documents as read back after a restart on the same data. */
  restartCheck?: RestartCheck;
  /** Remarks about the run worth reading next to the figures (setup retries, disk use, ...). */
  notes: string[];
  error?: string;
}

/** Documents read back from a restarted server, compared with what the clients converged to. */
export interface RestartCheck {
  documentsChecked: number;
  documentsMatching: number;
  /** Documents that did not sync after the restart. */
  documentsUnreadable: number;
  restartSeconds: number;
}

export interface ScenarioReport {
  scenario: Scenario;
  /** 1-based round of `--rounds`: each round runs every target once, in turn. */
  round: number;
  runs: TargetRun[];
}

/** Messages the load generator sends to its parent. */
export type LoadGeneratorMessage =
  | { type: 'connected'; connectSeconds: number }
  | { type: 'result'; result: LoadResult }
  | { type: 'failed'; error: string };
