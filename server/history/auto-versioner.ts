// Automatic versions: a dossier or board that was edited and then left quiet for `quietMs` gets an
// automatic version (unless nothing changed since the latest one); on shutdown, every document
// still waiting for its quiet period gets one at once.
import { DocChangeDebouncer, type DocChange } from '../collab/index.ts';
import type { Logger } from '../logger.ts';
import type { VersionService } from './version-service.ts';

export class AutoVersioner {
  private readonly quietPeriods: DocChangeDebouncer<'dossier' | 'board'>;

  constructor(versions: VersionService, quietMs: number, logger: Logger) {
    this.quietPeriods = new DocChangeDebouncer({
      kinds: ['dossier', 'board'],
      // Only attributed changes start the clock (the template write counts, giving a first version);
      // changes relayed from another instance carry no author here and are versioned by that one.
      accepts: (change) => change.author !== null,
      delayMs: quietMs,
      waitFrom: 'last-change',
      handle: (batch, cause) => versions.createAuto(batch.id, batch.kind, { kind: cause === 'flush' ? 'shutdown' : 'quiet' }),
      onError: (error, batch) => logger.error({ err: error, doc: batch.key }, 'saving an automatic version failed'),
    });
  }

  /** A registry change listener. */
  get observe(): (change: DocChange) => void {
    return this.quietPeriods.observe;
  }

  /** Versions every document still waiting, then stops; called before documents are flushed. */
  flush(): Promise<void> {
    return this.quietPeriods.flush();
  }
}
