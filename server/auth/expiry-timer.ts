// Runs a callback when a session expires, however far away that is (timers hold at most ~24.8 days).
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Calls `expire` at `expiresAt` (at once when already past); returns the function that cancels it. */
export function atSessionExpiry(expiresAt: Date, expire: () => void, now: () => number = Date.now): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    const remaining = expiresAt.getTime() - now();
    if (remaining <= 0) return expire();
    // A longer delay would overflow and fire at once; wait the longest allowed and look again.
    timer = setTimeout(arm, Math.min(remaining, LONGEST_TIMER_MS));
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
