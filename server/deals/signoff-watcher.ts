// Watches board documents: after a burst of changes to `board:<dealId>`, checks that deal's
// sign-offs against the terms as they are now, so rewording an agreed term withdraws them.
import { DocChangeDebouncer, type DocChange } from '../collab/index.ts';
import type { Logger } from '../logger.ts';
import type { SignoffService } from './signoff-service.ts';

export class SignoffWatcher {
  private readonly checks: DocChangeDebouncer<'board'>;

  constructor(signoffs: SignoffService, delayMs: number, logger: Logger) {
    this.checks = new DocChangeDebouncer({
      kinds: ['board'],
      delayMs,
      // A burst of keystrokes becomes one check, delayMs after its first; the latest author changed it.
      waitFrom: 'first-change',
      handle: (batch) => signoffs.checkDeal(batch.id, batch.author),
      onError: (error, batch) => logger.error({ err: error, dealId: batch.id }, 'checking sign-offs after a board change failed'),
    });
  }

  /** A registry change listener. */
  get observe(): (change: DocChange) => void {
    return this.checks.observe;
  }

  /** Runs every check still waiting now and resolves once all have finished. */
  flush(): Promise<void> {
    return this.checks.flush();
  }

  /** Drops the checks still waiting (one already running finishes on its own). */
  stop(): void {
    void this.checks.stop();
  }
}
