// One keyed debouncer for server-side document observers (sign-offs, automatic versions, progress,
// size limit): changes to documents of the chosen kinds are gathered per document (or per id, so a
// deal's board and dossier count as one) and handed to the observer once per burst, so no observer
// keeps its own timers or filters every change by name.
import type { DocKind } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { DocChange } from './shared-doc.ts';

/** What a burst of changes under one key amounts to. */
export interface DocChangeBatch<K extends DocKind = DocKind> {
  /** The key the changes were gathered under: the document name, or the id when grouped by id. */
  key: string;
  /** The part after `kind:` (a deal id for dossiers and boards). */
  id: string;
  /** The kind of the document whose change started the batch (the only one unless grouped by id). */
  kind: K;
  /** Every kind of document that changed in the batch. */
  kinds: ReadonlySet<K>;
  /** The author of the latest attributed change; null when none was attributed. */
  author: PublicUser | null;
}

/** Why a handler runs: its wait ended, or flush() runs everything still waiting. */
export type BatchCause = 'due' | 'flush';

export interface DocChangeDebouncerOptions<K extends DocKind> {
  /** The kinds of document observed; changes to others are ignored. */
  kinds: readonly K[];
  /**
   * Called for every change to an observed document, in order, so it may also keep per-change
   * figures; false lets the change pass without starting or joining a batch.
   */
  accepts?: (change: DocChange) => boolean;
  /** 'doc' (default): one batch per document; 'id': one per id, across the kinds. */
  groupBy?: 'doc' | 'id';
  /** How long a batch waits; 0 runs it as soon as the current transaction is over. */
  delayMs: number;
  /**
   * 'first-change': the handler runs delayMs after the batch's first change, however busy the
   * document stays; 'last-change': the wait restarts at every change (delayMs of quiet).
   */
  waitFrom: 'first-change' | 'last-change';
  /**
   * What a change for a key whose handler is running does: 'overlap' (default) starts the next
   * batch, whose handler may run alongside; 'serial' starts it, but its handler runs only after the
   * running one; 'skip' is dropped.
   */
  whileRunning?: 'overlap' | 'serial' | 'skip';
  /** Acts on a batch; what it resolves to is not used. */
  handle: (batch: DocChangeBatch<K>, cause: BatchCause) => Promise<unknown>;
  /** Told of a handler's failure; the debouncer goes on with the next batch. */
  onError: (error: unknown, batch: DocChangeBatch<K>) => void;
}

interface Waiting<K extends DocKind> {
  batch: DocChangeBatch<K> & { kinds: Set<K> };
  timer: NodeJS.Timeout;
}

/**
 * Pending batches are not dropped when their document unloads: the last edits before everyone
 * left must still be acted on (handlers read the document through the registry, which reloads it),
 * and nothing outlives the batch once its handler ran. stop() or flush() ends them on shutdown.
 */
export class DocChangeDebouncer<K extends DocKind> {
  private readonly waiting = new Map<string, Waiting<K>>();
  /** The latest handler run per key, for 'serial' and 'skip'. */
  private readonly latestRun = new Map<string, Promise<void>>();
  /** Every handler run not yet finished, for stop() and flush(). */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: DocChangeDebouncerOptions<K>) {}

  /** A registry change listener, for DocRegistry.onChange. */
  readonly observe = (change: DocChange): void => {
    const name = change.doc.parsedName;
    const kind = name && this.observedKind(name.kind);
    if (!name || !kind) return;
    if (this.options.accepts && !this.options.accepts(change)) return;
    const key = this.options.groupBy === 'id' ? name.id : change.doc.name;
    if (this.options.whileRunning === 'skip' && this.latestRun.has(key)) return;
    const waiting = this.waiting.get(key);
    if (!waiting) {
      const batch = { key, id: name.id, kind, kinds: new Set([kind]), author: change.author };
      this.waiting.set(key, { batch, timer: this.startTimer(key) });
      return;
    }
    waiting.batch.kinds.add(kind);
    // An unattributed change (a system write) does not hide who edited just before it.
    waiting.batch.author = change.author ?? waiting.batch.author;
    if (this.options.waitFrom === 'last-change') {
      clearTimeout(waiting.timer);
      waiting.timer = this.startTimer(key);
    }
  };

  /** Runs every waiting batch now (cause 'flush') and resolves once all handlers have finished. */
  async flush(): Promise<void> {
    for (const key of [...this.waiting.keys()]) this.run(key, 'flush');
    await this.settled();
  }

  /** Drops every waiting batch at once; resolves once the handlers already running have finished. */
  async stop(): Promise<void> {
    for (const { timer } of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
    await this.settled();
  }

  private observedKind(kind: DocKind): K | undefined {
    return this.options.kinds.find((observed) => observed === kind);
  }

  private startTimer(key: string): NodeJS.Timeout {
    return setTimeout(() => this.run(key, 'due'), this.options.delayMs);
  }

  private run(key: string, cause: BatchCause): void {
    const waiting = this.waiting.get(key);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.waiting.delete(key);
    const previous = this.options.whileRunning === 'serial' ? this.latestRun.get(key) : undefined;
    const handle = () => this.handle(waiting.batch, cause);
    const work = previous ? previous.then(handle) : handle();
    this.latestRun.set(key, work);
    this.inFlight.add(work);
    void work.finally(() => {
      this.inFlight.delete(work);
      if (this.latestRun.get(key) === work) this.latestRun.delete(key);
    });
  }

  private async handle(batch: DocChangeBatch<K>, cause: BatchCause): Promise<void> {
    try {
      await this.options.handle(batch, cause);
    } catch (error) {
      this.options.onError(error, batch);
    }
  }

  private async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }
}
