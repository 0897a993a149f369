// Automatic versions: a dossier or board that was edited and then left quiet for `quietMs` gets an
// automatic version (unless nothing changed since the latest one); on shutdown, every document
// still waiting for its quiet period gets one at once.
import { parseDocName } from '../../shared/doc-names.ts';
import type { DealDoc } from '../../shared/schemas/deals.ts';
import type { DocChange } from '../collab/index.ts';
import type { Logger } from '../logger.ts';
import type { VersionService } from './version-service.ts';

interface Pending {
  dealId: string;
  doc: DealDoc;
  timer: NodeJS.Timeout;
}

export class AutoVersioner {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly versions: VersionService,
    private readonly quietMs: number,
    private readonly logger: Logger,
  ) {}

  /** A registry change listener. */
  readonly observe = (change: DocChange): void => {
    // Only attributed changes start the clock (the template write counts, giving a first version);
    // changes relayed from another instance carry no author here and are versioned by that one.
    if (!change.author) return;
    const name = parseDocName(change.doc.name);
    if (name?.kind !== 'dossier' && name?.kind !== 'board') return;
    const key = change.doc.name;
    clearTimeout(this.pending.get(key)?.timer);
    const timer = setTimeout(() => void this.snapshot(key, 'Automatic version'), this.quietMs);
    this.pending.set(key, { dealId: name.id, doc: name.kind, timer });
  };

  /** Versions every document still waiting, then stops; called before documents are flushed. */
  async flush(): Promise<void> {
    const keys = [...this.pending.keys()];
    await Promise.all(keys.map((key) => this.snapshot(key, 'Automatic version (server shutdown)')));
  }

  private async snapshot(key: string, reason: string): Promise<void> {
    const entry = this.pending.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(key);
    try {
      await this.versions.createAuto(entry.dealId, entry.doc, reason);
    } catch (error) {
      this.logger.error({ err: error, doc: key }, 'saving an automatic version failed');
    }
  }
}
