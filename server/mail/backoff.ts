// When a failed message is tried again: exponential backoff from `baseMs`, capped at `maxMs`,
// until `maxAttempts` attempts have failed, after which it is given up as failing.
export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 30_000, maxMs: 60 * 60_000, maxAttempts: 8 };

/** The next attempt after `failedAttempts` failures (counting this one), or null to give up. */
export function nextAttemptAt(policy: RetryPolicy, failedAttempts: number, now: number): Date | null {
  if (failedAttempts >= policy.maxAttempts) return null;
  return new Date(now + Math.min(policy.maxMs, policy.baseMs * 2 ** (failedAttempts - 1)));
}
