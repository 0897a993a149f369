// A count-per-rolling-window allowance (outreach per week, listings per day): how many of `limit`
// the times within the window use, and when the next one frees up.

export interface WindowAllowance {
  limit: number;
  used: number;
  left: number;
  /** When the oldest counted time leaves the window (ISO); null when nothing is counted. */
  freesAt: string | null;
}

/** The allowance given the times (oldest first) of what was done, the limit and the window. */
export function windowAllowance(limit: number, times: readonly Date[], now: Date, windowMs: number): WindowAllowance {
  const since = now.getTime() - windowMs;
  const counted = times.filter((at) => at.getTime() > since);
  // Once the limit is reached, the next one is possible when enough of the oldest have left.
  const blocking = counted[Math.max(0, counted.length - limit)];
  return {
    limit,
    used: counted.length,
    left: Math.max(0, limit - counted.length),
    freesAt: blocking ? new Date(blocking.getTime() + windowMs).toISOString() : null,
  };
}
