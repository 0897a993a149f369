// A failed REST call: the server's `{error, message, details}` body, or a network failure.
import type { ErrorBody, ErrorCode } from '../../../shared/protocol.ts';

/** `network` is the client's own code for "no answer from the server". */
export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static fromBody(status: number, body: Partial<ErrorBody> | null): ApiError {
    return new ApiError(body?.error ?? 'internal', body?.message ?? `HTTP ${status}`, status, body?.details);
  }
}

/** A limit refusal's `details.freesAt` as a local date and time ("" when there is none). */
export function freesAtText(error: ApiError, lang: string): string {
  const freesAt = typeof error.details === 'object' && error.details !== null && 'freesAt' in error.details ? String(error.details.freesAt) : '';
  const date = new Date(freesAt);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The per-field messages of a validation failure (`details: [{path, message}]`), if any. */
export function detailMessages(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((detail: unknown) =>
    typeof detail === 'object' && detail !== null && 'message' in detail && typeof detail.message === 'string'
      ? [detail.message]
      : [],
  );
}
