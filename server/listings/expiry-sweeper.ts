// Periodically stores `expired` on listings past their expiry so the engine and inboxes drop them.
// Readers never wait for it: a listing past its expiry already reads as expired (listing-status.ts).
import type { Logger } from '../logger.ts';
import { PeriodicSweep } from '../periodic-sweep.ts';
import type { ListingService } from './listing-service.ts';

export class ExpirySweeper extends PeriodicSweep {
  constructor(
    private readonly service: ListingService,
    intervalMs: number,
    logger: Logger,
  ) {
    super(intervalMs, logger, 'expiry sweep failed');
  }

  protected async run(): Promise<void> {
    const count = await this.service.expireOverdue();
    if (count > 0) this.logger.info({ count }, 'expired listings retired');
  }
}
