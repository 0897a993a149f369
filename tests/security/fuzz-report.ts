// Counts what each fuzz target tried and prints one line per target, so a run says how much was covered.
export class FuzzTally {
  private readonly counts = new Map<string, number>();

  constructor(private readonly target: string) {}

  count(kind: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  get total(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  /** One line on stdout: the target, the total and the cases per kind. */
  print(): void {
    const kinds = [...this.counts].map(([kind, count]) => `${kind} ${count}`).join(', ');
    process.stdout.write(`fuzz ${this.target}: ${this.total} cases (${kinds})\n`);
  }
}
