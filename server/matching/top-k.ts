// Keeps the k highest-scoring items seen, in a binary min-heap (the weakest kept item on top).

export class TopK<T> {
  private readonly items: { item: T; score: number }[] = [];

  constructor(private readonly k: number) {}

  /** The score an item must beat to be kept. */
  get threshold(): number {
    return this.items.length < this.k ? -Infinity : this.items[0].score;
  }

  offer(item: T, score: number): void {
    if (this.k <= 0) return;
    if (this.items.length < this.k) {
      this.items.push({ item, score });
      this.up(this.items.length - 1);
    } else if (score > this.items[0].score) {
      this.items[0] = { item, score };
      this.down(0);
    }
  }

  /** Best first. */
  sorted(): { item: T; score: number }[] {
    return [...this.items].sort((a, b) => b.score - a.score);
  }

  private up(i: number): void {
    const items = this.items;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent].score <= items[i].score) return;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  private down(i: number): void {
    const items = this.items;
    for (;;) {
      const [left, right] = [2 * i + 1, 2 * i + 2];
      let least = i;
      if (left < items.length && items[left].score < items[least].score) least = left;
      if (right < items.length && items[right].score < items[least].score) least = right;
      if (least === i) return;
      [items[least], items[i]] = [items[i], items[least]];
      i = least;
    }
  }
}
