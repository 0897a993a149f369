// Warning lines any client can cause (a malformed frame, a socket cut for its event rate) must not
// become a log flood: per key, the first warning of a window is logged as it comes, the rest are
// only counted, and one summary line per window says how many there were.
import type { Logger } from './logger.ts';

export interface WarnThrottleOptions {
  /** How long after a logged warning repeats of its key are only counted. */
  windowMs: number;
  /** Keys tracked at once; warnings under further keys share one overflow key. */
  maxKeys?: number;
}

interface Pending {
  message: string;
  /** Fields of the latest repeat, so the summary names a recent culprit. */
  fields: Record<string, unknown>;
  repeats: number;
  timer: NodeJS.Timeout;
}

/** The window for warnings any client can cause: at most two lines per key per 10 s. */
export const CLIENT_WARNING_WINDOW_MS = 10_000;
const DEFAULT_MAX_KEYS = 1000;
const OVERFLOW_KEY = '(other keys)';

/** Throttles `warn` lines per key; `close()` logs what is still counted and stops the timers. */
export class WarnThrottle {
  private readonly pending = new Map<string, Pending>();
  private readonly maxKeys: number;

  constructor(
    private readonly logger: Logger,
    private readonly options: WarnThrottleOptions,
  ) {
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  }

  /** Logs `message` now if `key` was quiet for a window, else counts it for the window's summary. */
  warn(key: string, fields: Record<string, unknown>, message: string): void {
    const tracked = this.pending.has(key) || this.pending.size < this.maxKeys ? key : OVERFLOW_KEY;
    const open = this.pending.get(tracked);
    if (open) {
      open.repeats += 1;
      open.fields = fields;
      return;
    }
    this.logger.warn(fields, message);
    const timer = setTimeout(() => this.endWindow(tracked), this.options.windowMs);
    // A summary is not a reason to keep the process alive.
    timer.unref();
    this.pending.set(tracked, { message, fields, repeats: 0, timer });
  }

  /** Summarises every open window now and forgets them. */
  close(): void {
    for (const key of [...this.pending.keys()]) this.endWindow(key);
  }

  private endWindow(key: string): void {
    const open = this.pending.get(key);
    if (!open) return;
    clearTimeout(open.timer);
    this.pending.delete(key);
    if (open.repeats === 0) return;
    const seconds = Math.round(this.options.windowMs / 100) / 10;
    this.logger.warn(
      { ...open.fields, throttleKey: key, repeats: open.repeats, windowMs: this.options.windowMs },
      `${open.message} (${open.repeats} more in the last ${seconds} s)`,
    );
  }
}
