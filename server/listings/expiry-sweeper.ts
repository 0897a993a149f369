// Periodically stores `expired` on listings past their expiry so the engine and inboxes drop them.
// Readers never wait for it: a listing past its expiry already reads as expired (listing-status.ts).
import type { Logger } from '../logger.ts';
import type { ListingService } from './listing-service.ts';

export class ExpirySweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly service: ListingService,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.sweep(), this.intervalMs);
    this.timer.unref();
  }

  /** One sweep; overlapping calls share the one in progress. */
  sweep(): Promise<void> {
    this.running ??= this.service
      .expireOverdue()
      .then((count) => {
        if (count > 0) this.logger.info({ count }, 'expired listings retired');
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'expiry sweep failed'))
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
}
