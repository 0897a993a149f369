// Bounds how long the server waits for something that may hang (a store, a cluster lookup).

export const TIMED_OUT = Symbol('timed out');

/** The work's result, or TIMED_OUT when it takes longer than `ms` (the work itself goes on). */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
