// The clock the demo's temporary app runs on: set to a moment before the load while the loader
// plays the programme's history through the API, back on the system clock once it is done.
import type { Clock } from '../clock.ts';

const DAY_MS = 86_400_000;

export class DemoClock {
  private at: number | null = null;

  /** `loadedAt`: the moment the history is dated back from ("today" of the demo). */
  constructor(private readonly loadedAt: number = Date.now()) {}

  /** What the app reads: the set moment, or the system time when none is set. */
  readonly now: Clock = () => new Date(this.at ?? Date.now());

  /** Dates what the services write next `daysAgo` days before the load (to the millisecond). */
  setDaysAgo(daysAgo: number): void {
    this.at = Math.round(this.loadedAt - daysAgo * DAY_MS);
  }

  /** Back to the system clock. */
  release(): void {
    this.at = null;
  }
}
