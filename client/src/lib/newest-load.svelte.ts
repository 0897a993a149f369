// Loads where only the newest may write: filters, reconnects and reads elsewhere start loads
// faster than answers come back, and an older answer arriving last must not win.
export class NewestLoad {
  loading = $state(false);
  error = $state.raw<unknown>(null);
  private started = 0;

  constructor(loading = false) {
    this.loading = loading;
  }

  /** Runs `fetch`; unless a newer run has started meanwhile, hands the answer to `apply` (or keeps the error). */
  async run<T>(fetch: () => Promise<T>, apply: (answer: T) => void): Promise<void> {
    const run = ++this.started;
    this.loading = true;
    try {
      const answer = await fetch();
      if (run !== this.started) return;
      apply(answer);
      this.error = null;
    } catch (error) {
      if (run === this.started) this.error = error;
    } finally {
      if (run === this.started) this.loading = false;
    }
  }
}
