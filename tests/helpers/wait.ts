// Waiting in tests: for a condition (waitFor), or through a silence that shows something did not happen (quietFor).

/** Polls a condition until it holds; fails with a message naming what was awaited. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A silence longer than this slows every run; whatever needs more should be awaited as a condition. */
const LONGEST_QUIET_MS = 1_000;

/**
 * Lets `ms` pass so that something that must not happen (a push to an outsider, a dropped write
 * being applied) would have had time to. `why` names what the silence shows, at the call and in
 * the refusal of an overlong one.
 */
export async function quietFor(ms: number, why: string): Promise<void> {
  if (ms > LONGEST_QUIET_MS) throw new Error(`quietFor(${ms} ms, ${why}): at most ${LONGEST_QUIET_MS} ms; wait for a condition instead`);
  await new Promise((resolve) => setTimeout(resolve, ms));
}
