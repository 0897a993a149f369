// Watches board documents: after a burst of changes to `board:<dealId>`, checks that deal's
// sign-offs against the terms as they are now, so rewording an agreed term withdraws them.
import { parseDocName } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/protocol.ts';
import type { DocChange } from '../collab/index.ts';
import type { Logger } from '../logger.ts';
import type { SignoffService } from './signoff-service.ts';

export class SignoffWatcher {
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; author: PublicUser | null }>();

  constructor(
    private readonly signoffs: SignoffService,
    private readonly delayMs: number,
    private readonly logger: Logger,
  ) {}

  /** A registry change listener. */
  readonly observe = (change: DocChange): void => {
    const name = parseDocName(change.doc.name);
    if (name?.kind !== 'board') return;
    const waiting = this.pending.get(name.id);
    if (waiting) {
      // Coalesce a burst of keystrokes into one check; the latest author is the one who changed it.
      waiting.author = change.author ?? waiting.author;
      return;
    }
    const timer = setTimeout(() => void this.run(name.id), this.delayMs);
    this.pending.set(name.id, { timer, author: change.author });
  };

  stop(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private async run(dealId: string): Promise<void> {
    const entry = this.pending.get(dealId);
    this.pending.delete(dealId);
    try {
      await this.signoffs.checkDeal(dealId, entry?.author ?? null);
    } catch (error) {
      this.logger.error({ err: error, dealId }, 'checking sign-offs after a board change failed');
    }
  }
}
