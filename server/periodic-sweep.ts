// A background job run every `intervalMs`: overlapping runs share the one in progress, a failed run
// is logged and left to the next tick, and stop() waits for the run under way.
import { systemClock, type Clock } from './clock.ts';
import type { Logger } from './logger.ts';

export abstract class PeriodicSweep {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly intervalMs: number,
    protected readonly logger: Logger,
    private readonly failureMessage: string,
    /** Whose time a timer tick sweeps as of (tests drive it). */
    private readonly clock: Clock = systemClock,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.sweep(), this.intervalMs);
    this.timer.unref();
  }

  /** One sweep; overlapping calls share the one in progress. */
  sweep(now = this.clock().getTime()): Promise<void> {
    this.running ??= this.run(now)
      .catch((error: unknown) => this.logger.error({ err: error }, this.failureMessage))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** The work of one sweep, as of `now`. */
  protected abstract run(now: number): Promise<void>;
}
