// Group commit: appends requested in the same turn of the event loop (or while the previous
// write is in flight) go to the store as one write, so hundreds of documents saving at once cost
// a handful of writes instead of one file append each.
export class GroupCommit<T> {
  private waiting: { record: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private scheduled = false;
  private writing = false;

  constructor(private readonly write: (records: T[]) => Promise<void>) {}

  /** Resolves once the record is durably written as part of some batch. */
  add(record: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ record, resolve, reject });
      this.schedule();
    });
  }

  // setImmediate runs after every timer due now, so save queues flushing on the same tick share a write.
  private schedule(): void {
    if (this.scheduled || this.writing) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0);
      try {
        await this.write(batch.map((entry) => entry.record));
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.writing = false;
  }
}
