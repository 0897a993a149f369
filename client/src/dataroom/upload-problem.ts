// Why an upload failed, from the server's answer: the kinds the person can act on differently
// (too large — with the limit, a refused type, no right to upload here, an empty file) and the
// passing ones a retry may cure (no connection, a server error).

export type UploadProblem =
  | { kind: 'too-large'; limitBytes: number | null }
  | { kind: 'type-refused'; message: string }
  | { kind: 'empty' }
  | { kind: 'forbidden' }
  | { kind: 'gone' }
  | { kind: 'signed-out' }
  | { kind: 'invalid'; message: string }
  | { kind: 'network' }
  | { kind: 'server'; status: number };

export interface UploadAnswer {
  status: number;
  /** The parsed JSON error body (`{error, message, details}`), when there was one. */
  body: unknown;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

/** The byte limit a 413 names in its details (`{max, unit: 'bytes'}`), if it names one. */
function limitOf(body: unknown): number | null {
  const limit = field(field(body, 'details'), 'max');
  return typeof limit === 'number' && Number.isFinite(limit) ? limit : null;
}

function messageOf(body: unknown): string {
  const message = field(body, 'message');
  return typeof message === 'string' ? message : '';
}

/** The problem a failed answer (status 0: no answer at all) stands for. */
export function uploadProblem({ status, body }: UploadAnswer): UploadProblem {
  if (status === 0) return { kind: 'network' };
  if (status === 413) return { kind: 'too-large', limitBytes: limitOf(body) };
  if (status === 415) return { kind: 'type-refused', message: messageOf(body) };
  if (status === 403) return { kind: 'forbidden' };
  if (status === 404) return { kind: 'gone' };
  if (status === 401) return { kind: 'signed-out' };
  if (status === 400) return { kind: 'invalid', message: messageOf(body) };
  return { kind: 'server', status };
}

/** Passing troubles only: trying the same bytes again into the same place cannot cure the others. */
export function canRetry(problem: UploadProblem): boolean {
  return problem.kind === 'network' || problem.kind === 'server';
}
