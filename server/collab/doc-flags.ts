// Per-document flags every instance must agree on (the size guard's "full"): set on one
// instance, announced to the others, so their access checks answer the same.
import type { DocCluster } from './cluster.ts';

export class DocFlags {
  private readonly raised = new Map<string, Set<string>>();

  constructor(private readonly cluster?: DocCluster) {
    cluster?.onEvent((event) => {
      if (event.type === 'flag-changed') this.record(event.doc, event.flag, event.on);
    });
  }

  has(doc: string, flag: string): boolean {
    return this.raised.get(flag)?.has(doc) ?? false;
  }

  /** Raises or clears a flag here and on every other instance. */
  set(doc: string, flag: string, on: boolean): void {
    if (this.has(doc, flag) === on) return;
    this.record(doc, flag, on);
    this.cluster?.announce({ type: 'flag-changed', doc, flag, on });
  }

  private record(doc: string, flag: string, on: boolean): void {
    let docs = this.raised.get(flag);
    if (!docs) {
      docs = new Set();
      this.raised.set(flag, docs);
    }
    if (on) docs.add(doc);
    else docs.delete(doc);
  }
}
