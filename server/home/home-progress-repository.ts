// What the first run cannot read from the data, per person: when they first looked at their
// matches. One record per user, so it follows them to another browser.
import type { Store } from '../store/index.ts';

interface HomeProgressRecord {
  /** The user id. */
  _id: string;
  matchesSeenAt: Date | null;
}

export class HomeProgressRepository {
  constructor(private readonly store: Store) {}

  private get progress() {
    return this.store.collection<HomeProgressRecord>('home_progress');
  }

  async matchesSeen(userId: string): Promise<boolean> {
    return ((await this.progress.findOne({ _id: userId }))?.matchesSeenAt ?? null) !== null;
  }

  /** Records the first look; later looks keep the first time. */
  async markMatchesSeen(userId: string, at: Date): Promise<void> {
    if (await this.matchesSeen(userId)) return;
    await this.progress.updateOne({ _id: userId }, { $set: { matchesSeenAt: at } }, { upsert: true });
  }
}
